/* directive-parser-footer.c: recipients, archive and the signature block
 *
 *   Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
 *   - Như trên;                                   KT. CHỦ TỊCH
 *   - Lưu: VT, KGVX.                              PHÓ CHỦ TỊCH
 *                                                 Trần Đức Hiếu
 *
 * A scan interleaves the two columns with single spaces ("- Chủ tịch (KGVX);
 * KT, CHÁNH VĂN PHÒNG"), so each line is split where the right column's marks
 * (authority, capitals, a trailing name) begin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-authority.h"
#include "directive-parser-private.h"
#include "directive-recipient.h"
#include "directive-signer.h"
#include "directive-text-private.h"

static gboolean
is_caps_word (const char *w,
              gsize       n)
{
  gboolean upper = FALSE;

  for (const char *c = w; c < w + n; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (g_unichar_islower (u))
        return FALSE;
      if (g_unichar_isupper (u))
        upper = TRUE;
    }

  return upper;
}

/* An authority mark at @s: "TM." "KT," "T/M" ...; its mode, and the length. */
static int
authority_mark (const char *s,
                gsize      *len)
{
  static const struct { const char *mark; DirectiveAuthorityMode mode; } marks[] = {
    { "TUQ", DIRECTIVE_AUTHORITY_MODE_TUQ }, { "T/M", DIRECTIVE_AUTHORITY_MODE_TM },
    { "K/T", DIRECTIVE_AUTHORITY_MODE_KT }, { "T/L", DIRECTIVE_AUTHORITY_MODE_TL },
    { "TM", DIRECTIVE_AUTHORITY_MODE_TM }, { "KT", DIRECTIVE_AUTHORITY_MODE_KT },
    { "TL", DIRECTIVE_AUTHORITY_MODE_TL }, { "Q", DIRECTIVE_AUTHORITY_MODE_Q },
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      gsize n = strlen (marks[i].mark);

      if (strncmp (s, marks[i].mark, n) == 0 && (s[n] == '.' || s[n] == ',')
          && (s[n + 1] == ' ' || g_unichar_isupper (g_utf8_get_char (s + n + 1))))
        {
          *len = n + 1;
          return marks[i].mode;
        }
    }

  return -1;
}

/* Where the right column starts in @t (a footer line), or its length. */
static gsize
right_column_start (const char *t)
{
  gsize n = strlen (t);
  gsize i;
  gsize lead = 0;
  const char *semi;

  while (t[lead] == ' ')
    lead++;
  /* clean text: a wide gap */
  for (i = lead; i + 2 < n; i++)
    if (t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' ')
      {
        gsize j = i;

        while (j < n && t[j] == ' ')
          j++;
        return j;
      }
  /* a line of the right column alone, far indented */
  if (lead >= 20)
    return lead;
  /* OCR: an authority mark after the item */
  for (i = lead + 1; i + 3 < n; i++)
    {
      gsize ml;

      if (t[i - 1] == ' ' && authority_mark (t + i, &ml) >= 0)
        return i;
    }
  /* after the item's ';': capitals or a name */
  semi = strrchr (t, ';');
  if (semi != NULL && semi[1] != '\0')
    {
      const char *r = semi + 1;

      while (*r == ' ' || *r == ';')
        r++;
      if (*r != '\0')
        return r - t;
    }
  /* trailing capitals: "- Nơi nhận: CHÁNH VĂN PHÒNG" */
  {
    g_auto(GStrv) parts = g_strsplit (t + lead, " ", -1);
    guint np = g_strv_length (parts);
    guint first = np;

    while (first > 1 && is_caps_word (parts[first - 1], strlen (parts[first - 1]))
           && g_utf8_strlen (parts[first - 1], -1) >= 2 && strchr (parts[first - 1], ',') == NULL
           && strchr (parts[first - 1], '.') == NULL && strchr (parts[first - 1], ';') == NULL)
      first--;
    if (np - first >= 2)
      {
        gsize off = lead;

        for (guint k = 0; k < first; k++)
          off += strlen (parts[k]) + 1;
        return off;
      }
  }

  return n;
}

static gboolean
is_name (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  guint n = g_strv_length (parts);

  if (n < 2 || n > 6)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (parts[i]);
      const char *second = g_utf8_next_char (parts[i]);

      if (!g_unichar_isupper (c) || *second == '\0' || !g_unichar_isalpha (g_utf8_get_char (second))
          || is_caps_word (parts[i], strlen (parts[i])))
        return FALSE;
    }

  return TRUE;
}

static void
read_signature (DirectiveParse *p,
                GPtrArray      *right)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, NULL);
  g_autofree char *position = NULL;
  g_autofree char *name = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < right->len; i++)
    {
      const char *text = right->pdata[i];
      gsize ml;
      int mode = authority_mark (text, &ml);

      if (mode >= 0)
        {
          g_autofree char *who = _directive_clean_text (text + ml, -1);
          g_autofree char *titled = who ? _directive_title_case (who) : NULL;
          g_autoptr(DirectiveAuthority) a = directive_authority_new (mode, titled);

          directive_signer_add_authority (signer, a);
          any = TRUE;
        }
      else if (is_caps_word (text, strlen (text)) && g_utf8_strlen (text, -1) >= 4)
        {
          g_free (position);
          position = _directive_title_case (text);
          any = TRUE;
        }
      else if (is_name (text))
        {
          g_free (name);
          name = g_strdup (text);
          any = TRUE;
        }
    }
  if (!any)
    {
      _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING, "no signature block found");
      return;
    }
  directive_signer_set_position (signer, position);
  directive_signer_set_name (signer, name);
  directive_notice_set_signer (p->notice, signer);
}

static void
add_recipient (DirectiveParse *p,
               const char     *item)
{
  g_autofree char *clean = _directive_clean_text (item, -1);
  g_autoptr(DirectiveRecipient) r = NULL;
  g_autofree char *note = NULL;
  gsize n;
  char *open;

  if (clean == NULL)
    return;
  n = strlen (clean);
  while (n > 0 && strchr (";.,: ", clean[n - 1]) != NULL)
    clean[--n] = '\0';
  if (n > 0 && clean[n - 1] == ')' && (open = strrchr (clean, '(')) != NULL && open > clean)
    {
      note = g_strndup (open + 1, clean + n - 1 - open - 1);
      *open = '\0';
      g_strstrip (clean);
    }
  if (*clean == '\0')
    return;
  r = directive_recipient_new (clean);
  if (note != NULL && *note != '\0')
    directive_recipient_set_note (r, note);
  directive_notice_add_recipient (p->notice, r);
}

static gboolean
is_archive (const char *left,
            const char **rest)
{
  g_autofree char *fold = _directive_text_fold (left, -1);
  const char *colon = strchr (left, ':');

  if (!(g_str_has_prefix (fold, "luu") || g_str_has_prefix (fold, "lu:") || g_str_has_prefix (fold, "liru")))
    return FALSE;
  if (colon != NULL && colon - left < 8)
    *rest = colon + 1;
  else
    *rest = left + MIN (strlen (left), strlen ("Lưu"));
  return TRUE;
}

void
_directive_parse_footer (DirectiveParse *p)
{
  g_autoptr(GPtrArray) right = g_ptr_array_new_with_free_func (g_free);
  GString *item = NULL;
  gboolean archived = FALSE;

  for (guint i = p->footer_start; i < p->lines->len; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      gsize split;
      g_autofree char *left = NULL;
      g_autofree char *rcol = NULL;
      const char *l;
      const char *rest;

      if (line->blank)
        continue;
      split = right_column_start (line->text);
      left = _directive_clean_text (line->text, split);
      rcol = _directive_clean_text (line->text + split, -1);
      if (rcol != NULL)
        {
          char *r = rcol;

          while (*r == ';' || *r == ' ')
            r++;
          if (*r != '\0')
            g_ptr_array_add (right, g_strdup (r));
        }
      if (left == NULL)
        continue;
      l = left;

      /* "Nơi nhận:" itself */
      if (i == p->footer_start && strchr (l, ':') != NULL)
        {
          l = strchr (l, ':') + 1;
          while (*l == ' ')
            l++;
          if (*l == '\0')
            continue;
        }
      if (*l == '-' || *l == '+' || *l == '*')
        {
          l++;
          while (*l == ' ')
            l++;
          if (item != NULL)
            {
              add_recipient (p, item->str);
              g_string_free (item, TRUE);
              item = NULL;
            }
          if (is_archive (l, &rest))
            {
              g_auto(GStrv) codes = g_strsplit (rest, ",", -1);
              g_autoptr(GPtrArray) archive = g_ptr_array_new_with_free_func (g_free);

              for (guint k = 0; codes[k] != NULL; k++)
                {
                  g_autofree char *c = _directive_clean_text (codes[k], -1);
                  gsize n;

                  if (c == NULL)
                    continue;
                  n = strlen (c);
                  while (n > 0 && strchr (".;", c[n - 1]) != NULL)
                    c[--n] = '\0';
                  if (n > 0)
                    g_ptr_array_add (archive, g_steal_pointer (&c));
                }
              g_ptr_array_add (archive, NULL);
              directive_notice_set_archive (p->notice, (const char * const *) archive->pdata);
              archived = TRUE;
              continue;
            }
          if (!archived)
            item = g_string_new (l);
        }
      else if (item != NULL && !archived)
        {
          g_string_append_c (item, ' ');
          g_string_append (item, l);
        }
      else if (!archived && is_archive (l, &rest))
        {
          g_auto(GStrv) codes = g_strsplit (rest, ",", -1);
          g_autoptr(GPtrArray) archive = g_ptr_array_new_with_free_func (g_free);

          for (guint k = 0; codes[k] != NULL; k++)
            {
              g_autofree char *c = _directive_clean_text (codes[k], -1);
              gsize n;

              if (c == NULL)
                continue;
              n = strlen (c);
              while (n > 0 && strchr (".;", c[n - 1]) != NULL)
                c[--n] = '\0';
              if (n > 0)
                g_ptr_array_add (archive, g_steal_pointer (&c));
            }
          g_ptr_array_add (archive, NULL);
          directive_notice_set_archive (p->notice, (const char * const *) archive->pdata);
          archived = TRUE;
        }
      else if (is_name (l) || (is_caps_word (l, strlen (l)) && authority_mark (l, &split) < 0))
        g_ptr_array_add (right, g_strdup (l));
      else
        {
          gsize ml;

          if (authority_mark (l, &ml) >= 0)
            g_ptr_array_add (right, g_strdup (l));
        }
    }
  if (item != NULL)
    {
      add_recipient (p, item->str);
      g_string_free (item, TRUE);
    }

  read_signature (p, right);
}
