#!/usr/bin/env -S gjs -m
// track.js: follow up a notice's tasks
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Usage: gjs -m track.js [NOTICE.txt | COLLECTION.json] [OUTPUT.json]
//
// Reads a notice (parses its text, or loads directive/1 JSON), lists the tasks
// per lead agency with their deadlines, marks the first task done and saves
// the result. Without arguments it reads the sample notice in examples/data.

import Directive from 'gi://Directive?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

const HERE = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const SAMPLE = GLib.build_filenamev([HERE, '..', 'data', 'tayninh-2022-tb-ket-luan-nuoc-sach.txt']);

function read(path) {
    if (!path.endsWith('.json') && Directive.Parser === undefined)
        path = path.replace(/\.[^./]*$/, '.json'); // a library built without the parser
    if (path.endsWith('.json')) {
        const collection = Directive.Collection.new();
        collection.load_from_file(path);
        return collection;
    }
    const parser = Directive.Parser.new();
    const collection = parser.parse_file(Gio.File.new_for_path(path), null);
    for (const diagnostic of parser.get_diagnostics())
        printerr(`note: line ${diagnostic.get_line()}: ${diagnostic.get_message()}`);
    return collection;
}

// Every task of a notice, in document order. The model's lists are
// Gio.ListStores, so for...of works on them.
function* tasksOf(notice) {
    for (const conclusion of notice.get_conclusions())
        yield* conclusion.get_tasks();
}

function main([source = SAMPLE, output = 'tracked.json']) {
    const collection = read(source);
    const notice = collection.get_notices().get_item(0);
    print(`${notice.number}/${notice.symbol}, ${notice.issued_on?.to_string()}: ${notice.subject}`);

    // Tasks per lead agency; agencies are shared objects, one per id.
    const byLead = new Map();
    for (const task of tasksOf(notice)) {
        for (const agency of task.get_lead()) {
            if (!byLead.has(agency))
                byLead.set(agency, []);
            byLead.get(agency).push(task);
        }
    }

    for (const [agency, tasks] of byLead) {
        print(`\n${agency.name}`);
        for (const task of tasks) {
            const due = task.deadline ? ` (by ${task.deadline.to_string()})` : '';
            print(`  ${task.ordinal}. ${task.text.slice(0, 60)}${due}`);
        }
    }

    const [first] = tasksOf(notice);
    first.status = Directive.TaskStatus.DONE; // records today as completed-on
    print(`\nMarked done: ${first.ordinal}, on ${first.completed_on.to_string()}`);

    collection.save_to_file(output);
    print(`Saved to ${output}`);
    return 0;
}

System.exit(main(ARGV));
