/* test-authority.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_authority_new (void)
{
  g_autoptr(DirectiveAuthority) kt = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT,
                                                              "Chủ tịch");
  g_autoptr(DirectiveAuthority) tm = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TM, NULL);

  g_assert_true (DIRECTIVE_IS_AUTHORITY (kt));
  g_assert_cmpint (directive_authority_get_mode (kt), ==, DIRECTIVE_AUTHORITY_MODE_KT);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (kt), ==, "Chủ tịch");

  g_assert_cmpint (directive_authority_get_mode (tm), ==, DIRECTIVE_AUTHORITY_MODE_TM);
  g_assert_null (directive_authority_get_on_behalf_of (tm));
}

static void
test_authority_default (void)
{
  g_autoptr(DirectiveAuthority) authority = g_object_new (DIRECTIVE_TYPE_AUTHORITY, NULL);

  g_assert_cmpint (directive_authority_get_mode (authority), ==, DIRECTIVE_AUTHORITY_MODE_TM);
  g_assert_null (directive_authority_get_on_behalf_of (authority));
}

static void
test_authority_mode (void)
{
  g_autoptr(DirectiveAuthority) authority = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TM,
                                                                     "Ủy ban nhân dân");
  TestNotifyCount count = { 0, 0, "mode" };
  DirectiveAuthorityMode mode = DIRECTIVE_AUTHORITY_MODE_TM;

  g_signal_connect (authority, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_authority_set_mode (authority, DIRECTIVE_AUTHORITY_MODE_TL);
  g_assert_cmpint (directive_authority_get_mode (authority), ==, DIRECTIVE_AUTHORITY_MODE_TL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (authority, "mode", &mode, NULL);
  g_assert_cmpint (mode, ==, DIRECTIVE_AUTHORITY_MODE_TL);

  directive_authority_set_mode (authority, DIRECTIVE_AUTHORITY_MODE_TL);
  g_object_set (authority, "mode", DIRECTIVE_AUTHORITY_MODE_TL, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (authority, "mode", DIRECTIVE_AUTHORITY_MODE_TUQ, NULL);
  g_assert_cmpint (directive_authority_get_mode (authority), ==, DIRECTIVE_AUTHORITY_MODE_TUQ);
  g_assert_cmpuint (count.matching, ==, 2);

  directive_authority_set_mode (authority, DIRECTIVE_AUTHORITY_MODE_Q);
  g_assert_cmpint (directive_authority_get_mode (authority), ==, DIRECTIVE_AUTHORITY_MODE_Q);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (authority), ==, "Ủy ban nhân dân");
}

static void
test_authority_on_behalf_of (void)
{
  g_autoptr(DirectiveAuthority) authority = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT,
                                                                     NULL);
  TestNotifyCount count = { 0, 0, "on-behalf-of" };
  g_autofree char *buffer = g_strdup ("Chủ tịch");
  g_autofree char *from_gobject = NULL;

  g_signal_connect (authority, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_authority_set_on_behalf_of (authority, buffer);
  buffer[0] = 'X';
  g_assert_cmpstr (directive_authority_get_on_behalf_of (authority), ==, "Chủ tịch");
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (authority, "on-behalf-of", &from_gobject, NULL);
  g_assert_cmpstr (from_gobject, ==, "Chủ tịch");

  directive_authority_set_on_behalf_of (authority, "Chủ tịch");
  g_object_set (authority, "on-behalf-of", "Chủ tịch", NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (authority, "on-behalf-of", "Chánh Văn phòng", NULL);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (authority), ==, "Chánh Văn phòng");
  g_assert_cmpuint (count.matching, ==, 2);

  directive_authority_set_on_behalf_of (authority, NULL);
  g_assert_null (directive_authority_get_on_behalf_of (authority));
  g_assert_cmpuint (count.matching, ==, 3);
  directive_authority_set_on_behalf_of (authority, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
  g_assert_cmpint (directive_authority_get_mode (authority), ==, DIRECTIVE_AUTHORITY_MODE_KT);
}

/* JSON writes the mode's nick: the spec's TM, KT, TL, TUQ, Q. */
static void
test_authority_mode_nicks (void)
{
  const struct {
    DirectiveAuthorityMode mode;
    const char *nick;
  } modes[] = {
    { DIRECTIVE_AUTHORITY_MODE_TM, "TM" },
    { DIRECTIVE_AUTHORITY_MODE_KT, "KT" },
    { DIRECTIVE_AUTHORITY_MODE_TL, "TL" },
    { DIRECTIVE_AUTHORITY_MODE_TUQ, "TUQ" },
    { DIRECTIVE_AUTHORITY_MODE_Q, "Q" },
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (DIRECTIVE_TYPE_AUTHORITY_MODE);

  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (modes));
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      GEnumValue *by_value = g_enum_get_value (klass, modes[i].mode);
      GEnumValue *by_nick = g_enum_get_value_by_nick (klass, modes[i].nick);

      g_assert_nonnull (by_value);
      g_assert_cmpstr (by_value->value_nick, ==, modes[i].nick);
      g_assert_nonnull (by_nick);
      g_assert_cmpint (by_nick->value, ==, modes[i].mode);
    }
}

static void
test_authority_pspecs (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_AUTHORITY);

  test_assert_rw_property (klass, "mode", DIRECTIVE_TYPE_AUTHORITY_MODE);
  test_assert_rw_property (klass, "on-behalf-of", G_TYPE_STRING);

  /* "for" is a keyword in Python and JS: the property is not called that. */
  g_assert_null (g_object_class_find_property (G_OBJECT_CLASS (klass), "for"));
}

static void
test_authority_autoptr (void)
{
  DirectiveAuthority *weak = NULL;

  {
    g_autoptr(DirectiveAuthority) authority = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TL,
                                                                       "Chủ tịch");

    weak = authority;
    g_object_add_weak_pointer (G_OBJECT (authority), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_authority_finalize (void)
{
  DirectiveAuthority *authority = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT, "Chủ tịch");
  gpointer weak = authority;

  g_object_add_weak_pointer (G_OBJECT (authority), &weak);
  directive_authority_set_on_behalf_of (authority, "Giám đốc");

  g_object_unref (authority);
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/authority/new", test_authority_new);
  g_test_add_func ("/authority/default", test_authority_default);
  g_test_add_func ("/authority/mode", test_authority_mode);
  g_test_add_func ("/authority/on-behalf-of", test_authority_on_behalf_of);
  g_test_add_func ("/authority/mode-nicks", test_authority_mode_nicks);
  g_test_add_func ("/authority/pspecs", test_authority_pspecs);
  g_test_add_func ("/authority/autoptr", test_authority_autoptr);
  g_test_add_func ("/authority/finalize", test_authority_finalize);

  return g_test_run ();
}
