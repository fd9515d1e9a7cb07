// harness.js: a tiny test harness for the GJS binding tests (issue 4).
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// No npm: `test(name, fn)` registers a test, `run()` runs them in order,
// prints TAP (what `meson test` reads with protocol: 'tap') and exits
// non-zero when one failed. `skip(reason)` inside a test, or
// `test(name, fn, {skip: reason})`, reports it as skipped.

import GLib from 'gi://GLib';
import System from 'system';

const tests = [];

class Skip extends Error {}

export class AssertionError extends Error {
    get name() {
        return 'AssertionError';
    }
}

export function test(name, fn, options = {}) {
    tests.push({name, fn, skip: options.skip ?? null});
}

export function skip(reason) {
    throw new Skip(reason);
}

function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === undefined)
        return 'undefined';
    if (value && typeof value === 'object' && !Array.isArray(value) &&
        Object.getPrototypeOf(value) !== Object.prototype)
        return String(value);
    try {
        return JSON.stringify(value);
    } catch {
        return String(value);
    }
}

export function ok(value, message = 'expected a true value') {
    if (!value)
        throw new AssertionError(`${message}: got ${show(value)}`);
}

export function equal(actual, expected, message = '') {
    if (actual !== expected)
        throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual, unexpected, message = '') {
    if (actual === unexpected)
        throw new AssertionError(`${message ? `${message}: ` : ''}did not expect ${show(actual)}`);
}

export function deepEqual(actual, expected, message = '') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new AssertionError(`${message ? `${message}: ` : ''}expected ${e}, got ${a}`);
}

// Calls fn, expects it to throw, returns what it threw. With `check` a
// function, that must return true for the thrown value.
export function throws(fn, check = null, message = 'expected an exception') {
    let caught = null, threw = false;
    try {
        fn();
    } catch (e) {
        threw = true;
        caught = e;
    }
    if (!threw)
        throw new AssertionError(message);
    if (check && !check(caught))
        throw new AssertionError(`${message}: wrong exception: ${caught}`);
    return caught;
}

// Builds a directory for a test's files and returns its path.
export function tmpDir() {
    return GLib.dir_make_tmp('directive-js-XXXXXX');
}

export function readText(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return new TextDecoder().decode(bytes);
}

// The directory of the module at `url` (pass import.meta.url).
export function dirOf(url) {
    return GLib.path_get_dirname(GLib.filename_from_uri(url)[0]);
}

export function run() {
    print('TAP version 13');
    print(`1..${tests.length}`);
    let failed = 0;
    tests.forEach(({name, fn, skip: skipReason}, i) => {
        const n = i + 1;
        if (skipReason) {
            print(`ok ${n} - ${name} # SKIP ${skipReason}`);
            return;
        }
        try {
            fn();
            print(`ok ${n} - ${name}`);
        } catch (e) {
            if (e instanceof Skip) {
                print(`ok ${n} - ${name} # SKIP ${e.message}`);
                return;
            }
            failed++;
            print(`not ok ${n} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.trim().split('\n'))
                print(`# ${line}`);
        }
    });
    if (failed)
        print(`# ${failed} of ${tests.length} failed`);
    System.exit(failed ? 1 : 0);
}
