// fixtures.js: data files and loaded collections shared by the GJS tests.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Directive from 'gi://Directive?version=1.0';
import GLib from 'gi://GLib';

import {dirOf} from './harness.js';

const HERE = dirOf(import.meta.url);
export const DATA = GLib.build_filenamev([HERE, '..', 'data']);
export const FULL = GLib.build_filenamev([DATA, 'roundtrip-full.json']);
export const EXTRAS = GLib.build_filenamev([DATA, 'roundtrip-extras.json']);
export const NOTICE_TEXT = GLib.build_filenamev([HERE, '..', 'python', 'data', 'notice.txt']);

// The parser lands with issue 3; until its class is in the typelib the
// parser tests are reported as skipped.
export const HAS_PARSER = Directive.Parser !== undefined;
export const PARSER_MISSING = HAS_PARSER ? null : 'Directive.Parser is not in the typelib yet (issue 3)';

export function loadFull() {
    const collection = Directive.Collection.new();
    collection.load_from_file(FULL);
    return collection;
}

// Items of any GListModel as an array (GJS iterates only Gio.ListStore with
// for...of; this works for every model).
export function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

export function ids(model) {
    return items(model).map(a => a.id);
}

export function isDirectiveError(code) {
    return e => e instanceof GLib.Error && e.matches(Directive.error_quark(), code);
}
