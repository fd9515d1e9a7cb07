/* print.vala: load a directive/1 file and print its notices and tasks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: print COLLECTION.json
 *
 * Built against the VAPI the build generates (libdirective-1.vapi).
 */

/* The nick JSON writes ("in-progress"), from the enum's GType. */
static string nick (Directive.TaskStatus status) {
    var klass = (GLib.EnumClass) typeof (Directive.TaskStatus).class_ref ();
    return klass.get_value (status).value_nick;
}

static void print_task (Directive.Task task, string indent) {
    var leads = new GLib.StringBuilder ();
    var lead = task.get_lead ();
    for (uint i = 0; i < lead.get_n_items (); i++) {
        var agency = (Directive.Agency) lead.get_item (i);
        if (i > 0)
            leads.append (", ");
        leads.append (agency.short_name ?? agency.name);
    }
    var deadline = task.get_deadline ();
    stdout.printf ("%s%s. %s\n", indent, task.ordinal, task.text);
    stdout.printf ("%s   lead: %s; status: %s%s\n", indent, leads.str,
                   nick (task.status),
                   deadline != null ? "; by " + deadline.to_string () : "");

    var subtasks = task.get_subtasks ();
    for (uint i = 0; i < subtasks.get_n_items (); i++)
        print_task ((Directive.Task) subtasks.get_item (i), indent + "   ");
}

public static int main (string[] args) {
    if (args.length != 2) {
        stderr.printf ("Usage: %s COLLECTION.json\n", args[0]);
        return 1;
    }

    var collection = new Directive.Collection ();
    try {
        collection.load_from_file (args[1]);
    } catch (Directive.Error e) {
        stderr.printf ("Not a directive/1 file: %s\n", e.message);
        return 1;
    } catch (GLib.Error e) {
        stderr.printf ("%s\n", e.message);
        return 1;
    }

    var notices = collection.get_notices ();
    for (uint n = 0; n < notices.get_n_items (); n++) {
        var notice = (Directive.Notice) notices.get_item (n);
        var issued_on = notice.get_issued_on ();
        stdout.printf ("%s/%s (%s): %s\n", notice.number ?? "", notice.symbol ?? "",
                       issued_on != null ? issued_on.to_string () : "undated",
                       notice.subject ?? "");

        var conclusions = notice.get_conclusions ();
        for (uint c = 0; c < conclusions.get_n_items (); c++) {
            var tasks = ((Directive.Conclusion) conclusions.get_item (c)).get_tasks ();
            for (uint t = 0; t < tasks.get_n_items (); t++)
                print_task ((Directive.Task) tasks.get_item (t), "  ");
        }
    }
    return 0;
}
