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
#include "directive-model-private.h"
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
      gunichar u;

      /* (ASCII, most of it, without the Unicode tables) */
      if ((guchar) *c < 0x80)
        {
          if (*c >= 'a' && *c <= 'z')
            return FALSE;
          if (*c >= 'A' && *c <= 'Z')
            upper = TRUE;
          continue;
        }
      u = g_utf8_get_char (c);
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
    { "T™", DIRECTIVE_AUTHORITY_MODE_TM }, { "I™", DIRECTIVE_AUTHORITY_MODE_TM },
    { "K/T", DIRECTIVE_AUTHORITY_MODE_KT }, { "T/L", DIRECTIVE_AUTHORITY_MODE_TL },
    { "TM", DIRECTIVE_AUTHORITY_MODE_TM }, { "KT", DIRECTIVE_AUTHORITY_MODE_KT },
    { "TL", DIRECTIVE_AUTHORITY_MODE_TL }, { "Q", DIRECTIVE_AUTHORITY_MODE_Q },
  };

  /* (every mark starts so: most places in a line are refused here) */
  if (*s != 'T' && *s != 'I' && *s != 'K' && *s != 'Q')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      gsize n;

      /* (the first two bytes before the calls: few marks share them) */
      if (s[0] != marks[i].mark[0] || (marks[i].mark[1] != '\0' && s[1] != marks[i].mark[1]))
        continue;
      n = strlen (marks[i].mark);
      if (strncmp (s, marks[i].mark, n) == 0 && (s[n] == '.' || s[n] == ',')
          && (s[n + 1] == ' ' || g_unichar_isupper (g_utf8_get_char (s + n + 1))))
        {
          *len = n + 1;
          return marks[i].mode;
        }
    }

  return -1;
}

/* Where the right column starts in @t (a footer line of @n bytes), or @n. */
static gsize
right_column_start (const char *t,
                    gsize       n)
{
  gsize i;
  gsize lead = 0;
  const char *gap;
  const char *semi;

  while (t[lead] == ' ')
    lead++;
  /* clean text: a wide gap (found by strstr(), quicker than a loop of ours) */
  gap = strstr (t + lead, "   ");
  if (gap != NULL)
    {
      gsize j = gap - t;

      while (j < n && t[j] == ' ')
        j++;
      return j;
    }
  /* a line of the right column alone, far indented */
  if (lead >= 20)
    return lead;
  /* OCR: an authority mark after the item */
  /* (from space to space by memchr(): a mark starts a word) */
  for (i = lead + 1; i + 3 < n; i++)
    {
      const char *space = memchr (t + i - 1, ' ', n - 3 - i);
      gsize ml;

      if (space == NULL)
        break;
      i = space - t + 1;
      /* (not a recipient's own abbreviation: "- Phòng KT, TH;"; the mark's
       * first letter before the call) */
      if ((t[i] == 'T' || t[i] == 'I' || t[i] == 'K' || t[i] == 'Q')
          && authority_mark (t + i, &ml) >= 0 && strchr (t + i, ';') == NULL)
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
  /* trailing capitals: "- Nơi nhận: CHÁNH VĂN PHÒNG"; the words between single
   * spaces from the end, the first word never one of them */
  {
    gsize end = n;
    gsize start = n;
    guint taken = 0;

    for (;;)
      {
        gsize s = end;

        while (s > lead && t[s - 1] != ' ')
          s--;
        /* (the first word of t + lead) */
        if (s == lead)
          break;
        if (!is_caps_word (t + s, end - s) || g_utf8_strlen (t + s, end - s) < 2
            || memchr (t + s, ',', end - s) != NULL || memchr (t + s, '.', end - s) != NULL
            || memchr (t + s, ';', end - s) != NULL)
          break;
        taken++;
        start = s;
        end = s - 1;
      }
    if (taken >= 2)
      return start;
  }

  return n;
}

/* A word of a name as OCR leaves it: capitalised, letters, and digits standing
 * for a damaged vowel ("Ng6", "T6n"); @w[0, n). */
static gboolean
is_name_word (const char *w,
              gsize       n)
{
  const char *end = w + n;
  gunichar c = n > 0 ? g_utf8_get_char (w) : 0;
  const char *second = n > 0 ? g_utf8_next_char (w) : w;
  gboolean lower = FALSE;

  if (!g_unichar_isupper (c) || second >= end)
    return FALSE;
  for (const char *k = second; k < end; k = g_utf8_next_char (k))
    {
      gunichar u = g_utf8_get_char (k);

      if (g_unichar_islower (u))
        lower = TRUE;
      else if (!g_unichar_isdigit (u))
        return FALSE;
    }

  return lower || g_unichar_isdigit (g_utf8_get_char (second));
}

static gboolean
is_name (const char *text)
{
  guint n = 1;
  guint caps = 0;
  const char *w = text;

  /* (the words counted first: most texts have too few or too many) */
  for (const char *c = text; *c != '\0'; c++)
    n += *c == ' ';
  if (n < 2 || n > 6)
    return FALSE;
  /* the words between single spaces, read in place */
  for (guint i = 0; i < n; i++)
    {
      const char *e = strchr (w, ' ');
      gsize len;

      if (e == NULL)
        e = w + strlen (w);
      len = e - w;

      if (!is_name_word (w, len))
        {
          /* OCR capitalises a short word: "DO Manh Hién" */
          if (!is_caps_word (w, len) || g_utf8_strlen (w, len) > 3
              || !g_unichar_isalpha (len > 0 ? g_utf8_get_char (w) : 0))
            return FALSE;
          caps++;
        }
      w = *e != '\0' ? e + 1 : e;
    }

  return caps == 0 || (caps == 1 && n >= 3);
}

/* A name with OCR's digits for vowels read back ("Ng6 Thi" -> "Ngô Thi"). */
static char *
repair_name (const char *text)
{
  /* (written into a block of the most it can take: "ô" and "ơ" are two bytes
   * each, for one) */
  char *repaired = g_malloc (2 * strlen (text) + 1);
  char *o = repaired;

  for (const char *c = text; *c != '\0'; c++)
    if (*c == '6' && c != text && c[-1] != ' ')
      {
        memcpy (o, "ô", 2);
        o += 2;
      }
    else if (*c == '0' && c != text && c[-1] != ' ')
      {
        memcpy (o, "ơ", 2);
        o += 2;
      }
    else
      *o++ = *c;
  *o = '\0';

  return repaired;
}

/* A title as written, trailing OCR noise dropped ("CHU TICH |"), restored to
 * its canonical spelling when it is a known one. */
static char *
read_title (const char *text,
            gboolean    suffix)
{
  /* (cleaned on the stack for most: only what is read from it is kept) */
  char room[256];
  g_autofree char *heap = NULL;
  gsize len = strlen (text);
  char *clean = len + 1 <= sizeof room ? room : (heap = g_malloc (len + 1));
  const char *canonical;
  gsize n;

  n = _directive_clean_text_into (text, len, clean);
  if (n == 0)
    return NULL;
  while (n > 0 && !g_unichar_isalpha (g_utf8_get_char (g_utf8_find_prev_char (clean, clean + n))))
    n = g_utf8_find_prev_char (clean, clean + n) - clean;
  clean[n] = '\0';
  if (n == 0)
    return NULL;
  canonical = _directive_canonical_title (clean, suffix);
  if (canonical != NULL)
    return g_strdup (canonical);

  return _directive_title_case (clean);
}

static void
read_signature (DirectiveParse *p,
                GPtrArray      *right)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, NULL);
  g_autofree char *position = NULL;
  g_autofree char *name = NULL;
  g_autofree char *deputy_of = NULL;
  gboolean titled = FALSE;
  gboolean any = FALSE;

  for (guint i = 0; i < right->len; i++)
    {
      const char *text = right->pdata[i];
      gsize ml;
      int mode = authority_mark (text, &ml);

      if (mode >= 0)
        {
          g_autofree char *who = read_title (text + ml, FALSE);
          g_autoptr(DirectiveAuthority) a = directive_authority_new (mode, who);

          g_free (deputy_of);
          deputy_of = mode == DIRECTIVE_AUTHORITY_MODE_KT ? g_strdup (who) : NULL;
          directive_signer_add_authority (signer, a);
          any = TRUE;
        }
      else if (is_caps_word (text, strlen (text)) && g_utf8_strlen (text, -1) >= 4)
        {
          const char *canonical = _directive_canonical_title (text, TRUE);

          /* a known title wins over other capitals of the right column */
          if (canonical != NULL || !titled)
            {
              g_free (position);
              position = canonical ? g_strdup (canonical) : read_title (text, FALSE);
              titled = canonical != NULL;
            }
          any = TRUE;
        }
      else if (is_name (text))
        {
          g_free (name);
          name = repair_name (text);
          any = TRUE;
        }
    }
  if (!any)
    {
      _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING, "no signature block found");
      return;
    }
  /* "KT. CHÁNH VĂN PHÒNG": the deputy signs in the head's stead */
  if (deputy_of != NULL && (position == NULL || strcmp (position, deputy_of) == 0)
      && !g_str_has_prefix (deputy_of, "Phó "))
    {
      g_free (position);
      position = g_strconcat ("Phó ", deputy_of, NULL);
      _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_INFO,
                                 "the position was taken as the deputy of \"%s\" signing for them",
                                 deputy_of);
    }
  directive_signer_set_position (signer, position);
  directive_signer_set_name (signer, name);
  directive_notice_set_signer (p->notice, signer);
}

/* @clean: clean text already (the footer's lines' joined by single spaces), of
 * @n bytes: the recipient's, cut in place (the recipient copies what it keeps). */
static void
add_recipient (DirectiveParse *p,
               char           *clean,
               gsize           n)
{
  g_autoptr(DirectiveRecipient) r = NULL;
  const char *note = NULL;
  char *open;

  if (*clean == '\0')
    return;
  while (n > 0 && strchr (";.,: ", clean[n - 1]) != NULL)
    clean[--n] = '\0';
  if (n > 0 && clean[n - 1] == ')' && (open = strrchr (clean, '(')) != NULL && open > clean)
    {
      /* (the note between the parentheses, cut in place) */
      clean[n - 1] = '\0';
      note = open + 1;
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

/* An archive code: capitals (Đ too), digits and joiners, "KGVX", "TT&TT", "QH-KT". */
static gboolean is_code (const char *tok);

/* "Lưu:" (OCR: "Luu", "Lutu:", "Liru") opening @left: sets *@rest after it. */
static gboolean
is_archive (const char *left,
            const char **rest)
{
  char first = _directive_text_first_folded (left);
  const char *space;
  char room[_DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (32)];
  g_autofree char *heap = NULL;
  const char *fold;
  gsize cut;
  const char *colon;
  gsize n = 0;
  const char *after;

  /* Not folding a line no "luu" can open: a first letter that is not l, nor
   * confusable with it (i), nor one a folding rule changes (w, i). No rule
   * makes or changes another letter. */
  if (first >= 'a' && first <= 'z' && first != 'l' && first != 'i' && first != 'w')
    return FALSE;
  space = strchr (left, ' ');
  /* The label is the first word: the fold of the text cut at a space is the
   * start of the whole fold (no folding rule looks further than the next
   * character). */
  cut = space != NULL ? (gsize) (space - left) : strlen (left);
  /* (on the stack for a word as short as a label) */
  if (cut <= 32)
    {
      _directive_text_fold_prefix (left, cut, room, sizeof room);
      fold = room;
    }
  else
    fold = heap = _directive_text_fold (left, cut);
  colon = strchr (left, ':');
  while (g_ascii_isalpha (fold[n]))
    n++;
  if (n < 2 || n > 5 || !_directive_text_word_matches (fold, n, "luu", FALSE))
    return FALSE;
  if (colon != NULL && colon - left < 10)
    after = colon + 1;
  else
    {
      g_autofree char *tok = NULL;
      const char *e;

      /* no colon: the label's word, then a code */
      after = left;
      while (*after != '\0' && *after != ' ')
        after++;
      while (*after == ' ')
        after++;
      for (e = after; *e != '\0' && *e != ' ' && *e != ','; e++)
        ;
      tok = g_strndup (after, e - after);
      if (!is_code (tok))
        return FALSE;
    }
  *rest = after;
  return TRUE;
}

static gboolean
is_code_len (const char *tok,
             gsize       len)
{
  gboolean upper = FALSE;

  for (const char *c = tok; c < tok + len; c = g_utf8_next_char (c))
    {
      gunichar u;

      /* (ASCII, most of it, without the Unicode tables) */
      if ((guchar) *c < 0x80)
        {
          if (*c >= 'A' && *c <= 'Z')
            upper = TRUE;
          else if (!(*c >= '0' && *c <= '9') && *c != '&' && *c != '-' && *c != '/' && *c != '.')
            return FALSE;
          continue;
        }
      u = g_utf8_get_char (c);
      if (g_unichar_isupper (u))
        upper = TRUE;
      else if (!g_unichar_isdigit (u) && u != '&' && u != '-' && u != '/' && u != '.')
        return FALSE;
    }

  return upper;
}

static gboolean
is_code (const char *tok)
{
  return is_code_len (tok, strlen (tok));
}

/* OCR reads a separator between codes as a small letter ("VTjNN"): the codes
 * around it, or FALSE when @tok is not such a run. */
static gboolean
split_misread (const char *tok,
               GPtrArray  *codes)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char *start = tok;
  const char *c;

  /* (most codes have no small letter: no room made for their parts) */
  for (c = tok; *c != '\0' && !g_ascii_islower (*c); c++)
    ;
  if (*c == '\0')
    return FALSE;
  parts = g_ptr_array_new_with_free_func (g_free);
  for (c = tok; *c != '\0'; c++)
    if (g_ascii_islower (*c))
      {
        if (c - start < 2 || c[1] == '\0' || g_ascii_islower (c[1]))
          return FALSE;
        g_ptr_array_add (parts, g_strndup (start, c - start));
        start = c + 1;
      }
  if (parts->len == 0 || c - start < 2)
    return FALSE;
  g_ptr_array_add (parts, g_strndup (start, c - start));
  for (guint i = 0; i < parts->len; i++)
    if (!is_code (parts->pdata[i]))
      return FALSE;
  for (guint i = 0; i < parts->len; i++)
    g_ptr_array_add (codes, g_steal_pointer (&parts->pdata[i]));

  return TRUE;
}

/* Codes with Đ, which OCR reads as B ("BT" for "ĐT"). */
static const char *const d_codes[] = { "ĐT", "TTĐT", "CTTTĐT", "ĐTXD", "QLĐT", NULL };

/* Whether @code with its Bs read as D is @known (folded: Đ and D alike). */
static gboolean
b_misread_of (const char *code,
              const char *known)
{
  gsize kn = strlen (known);
  /* (on the stack for a code as short as most) */
  char room[_DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (32)];
  g_autofree char *heap = NULL;
  const char *k;
  gsize n = strlen (code);
  gboolean any = FALSE;

  if (kn <= 32)
    {
      _directive_text_fold_prefix (known, kn, room, sizeof room);
      k = room;
    }
  else
    k = heap = _directive_text_fold (known, kn);

  if (strlen (k) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      char a = g_ascii_tolower (code[i]);

      if (a == 'b' && k[i] == 'd')
        any = TRUE;
      else if (a != k[i])
        return FALSE;
    }

  return any;
}

static GPtrArray *footer_codes (DirectiveParse *p);

/* @known: footer_codes(), made on first need: only a code with a B asks for it. */
static char *
repair_code (DirectiveParse *p,
             const char     *code,
             GPtrArray     **known)
{
  GString *fixed;

  if (strchr (code, 'B') == NULL)
    return NULL;
  if (*known == NULL)
    *known = footer_codes (p);
  for (guint i = 0; i < (*known)->len; i++)
    if (strcmp ((*known)->pdata[i], code) == 0)
      return NULL;   /* the document writes it so elsewhere */
  for (guint i = 0; i < (*known)->len; i++)
    if (b_misread_of (code, (*known)->pdata[i]))
      goto repair;
  for (guint i = 0; d_codes[i] != NULL; i++)
    if (b_misread_of (code, d_codes[i]))
      goto repair;
  return NULL;

repair:
  fixed = g_string_new (NULL);
  for (const char *c = code; *c != '\0'; c++)
    if (*c == 'B')
      g_string_append (fixed, "Đ");
    else
      g_string_append_c (fixed, *c);
  _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_INFO, "archive code \"%s\" read as \"%s\"",
                             code, fixed->str);

  return g_string_free (fixed, FALSE);
}

/* The capitalised codes of the recipients ("VPUB: CVP, các PCVP, ĐT"). */
static GPtrArray *
footer_codes (DirectiveParse *p)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  guint n = _directive_notice_get_n_recipients (p->notice);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveRecipient) r = _directive_notice_get_recipient_item (p->notice, i);
      const char *texts[] = { directive_recipient_get_text (r), directive_recipient_get_note (r) };

      /* the tokens of the text, then of its note, between " ,;:()" */
      for (guint k = 0; k < G_N_ELEMENTS (texts) && texts[k] != NULL; k++)
        for (const char *c = texts[k]; *c != '\0';)
          {
            gsize len = strcspn (c, " ,;:()");

            if (len > 0 && is_code_len (c, len))
              g_ptr_array_add (codes, g_strndup (c, len));
            c += len;
            if (*c != '\0')
              c++;
          }
    }

  return codes;
}

/* The right column's lines, for read_signature(): copied into the stack's
 * room while it lasts (a footer's right column is a few short lines), not a
 * block each. */
typedef struct
{
  GPtrArray *lines;   /* const char *, in room or in heap */
  GPtrArray *heap;    /* (nullable) the blocks of those that did not fit */
  gsize      used;
  char       room[1024];
} RightColumn;

/* Adds @text, a block of its own, to @right, which frees it. */
static void
right_column_take (RightColumn *right,
                   char        *text)
{
  if (right->heap == NULL)
    right->heap = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (right->heap, text);
  g_ptr_array_add (right->lines, text);
}

/* Adds a copy of @text to @right. */
static void
right_column_add (RightColumn *right,
                  const char  *text)
{
  gsize n = strlen (text);

  if (n < sizeof right->room - right->used)
    {
      char *copy = right->room + right->used;

      memcpy (copy, text, n + 1);
      right->used += n + 1;
      g_ptr_array_add (right->lines, copy);
    }
  else
    right_column_take (right, g_strndup (text, n));
}

/* "VT, KGVX. Lâm Văn Hậu": the codes, up to where the signature column starts
 * (after a full stop, a wide gap or at a word that is no code), which goes to
 * @right. */
static void
read_archive (DirectiveParse *p,
              const char     *rest,
              RightColumn    *right)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_full (16, g_free);
  g_autoptr(GPtrArray) known = NULL;
  const char *c = rest;
  gboolean stop = FALSE;

  while (*c != '\0')
    {
      guint spaces = 0;
      gboolean sep = codes->len == 0;
      const char *e;
      g_autofree char *tok = NULL;
      gsize n;

      while (*c == ' ' || *c == ',' || *c == ';')
        {
          if (*c == ' ')
            spaces++;
          else
            sep = TRUE;
          c++;
        }
      if (*c == '\0')
        break;
      e = c;
      while (*e != '\0' && *e != ' ' && *e != ',' && *e != ';')
        e++;
      tok = g_strndup (c, e - c);
      if (!sep && !stop && spaces < 3 && codes->len > 0 && is_code (tok)
          && g_str_has_prefix (codes->pdata[codes->len - 1], "(")
          && g_str_has_suffix (codes->pdata[codes->len - 1], ")"))
        {
          /* "(ĐT/Tr) MH": a note before the code it qualifies */
          char *joined;

          n = strlen (tok);
          stop = n > 0 && tok[n - 1] == '.';
          while (n > 0 && strchr (".:", tok[n - 1]) != NULL)
            tok[--n] = '\0';
          joined = g_strconcat (codes->pdata[codes->len - 1], " ", tok, NULL);
          g_free (codes->pdata[codes->len - 1]);
          codes->pdata[codes->len - 1] = joined;
          c = e;
          continue;
        }
      if (!sep && (stop || spaces >= 3 || !is_code (tok)))
        {
          if (*tok == '(' && codes->len > 0 && !stop && spaces < 3)
            {
              /* "TH (2b)"; "KT (HVT)." ends the line as a code does */
              char *joined;

              n = strlen (tok);
              stop = n > 0 && tok[n - 1] == '.';
              while (n > 1 && tok[n - 2] == ')' && strchr (".:", tok[n - 1]) != NULL)
                tok[--n] = '\0';
              joined = g_strconcat (codes->pdata[codes->len - 1], " ", tok, NULL);

              g_free (codes->pdata[codes->len - 1]);
              codes->pdata[codes->len - 1] = joined;
              c = e;
              continue;
            }
          {
            /* (cleaned on the stack for most: the right column copies it) */
            gsize cn = strlen (c);
            char room[256];
            g_autofree char *heap = NULL;
            char *clean = cn < sizeof room ? room : (heap = g_malloc (cn + 1));

            if (_directive_clean_text_into (c, cn, clean) > 0)
              right_column_add (right, clean);
            else
              right_column_take (right, NULL);
          }
          break;
        }
      n = strlen (tok);
      stop = n > 0 && tok[n - 1] == '.';
      while (n > 0 && strchr (".:", tok[n - 1]) != NULL)
        tok[--n] = '\0';
      if (n > 0 && !split_misread (tok, codes))
        g_ptr_array_add (codes, g_steal_pointer (&tok));
      c = e;
    }
  /* the office's own copy, "VT" (văn thư), opens every archive line */
  if (codes->len > 0 && strcmp (codes->pdata[0], "VT") != 0 && strlen (codes->pdata[0]) == 2
      && g_ascii_tolower (((char *) codes->pdata[0])[0]) == 'v'
      && _directive_text_word_distance ((char []) { 't', 0 }, 1,
                                        (char []) { g_ascii_tolower (((char *) codes->pdata[0])[1]), 0 }, 1) <= 0.5)
    {
      _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_INFO, "archive code \"%s\" read as \"VT\"",
                                 (char *) codes->pdata[0]);
      g_free (codes->pdata[0]);
      codes->pdata[0] = g_strdup ("VT");
    }
  for (guint i = 0; i < codes->len; i++)
    {
      char *fixed = repair_code (p, codes->pdata[i], &known);

      if (fixed != NULL)
        {
          g_free (codes->pdata[i]);
          codes->pdata[i] = fixed;
        }
    }
  g_ptr_array_add (codes, NULL);
  directive_notice_set_archive (p->notice, (const char * const *) codes->pdata);
}

/* The clean text of the recipient read so far, in the stack's room (most fit)
 * or a block of its own: not a copy made and freed for each recipient. */
typedef struct
{
  char    *text;   /* room or heap */
  gsize    len;
  gsize    size;
  char    *heap;
  gboolean read;   /* a recipient is read (its text may be empty) */
  char     room[512];
} RecipientText;

/* Writes @l at byte @at of the text, after a space when @at is not 0 (the
 * text so far is @at - 1 bytes). */
static void
recipient_text_put (RecipientText *t,
                    gsize          at,
                    const char    *l)
{
  gsize m = strlen (l);

  if (G_UNLIKELY (at + m + 1 > t->size))
    {
      t->size = MAX (2 * t->size, at + m + 1);
      if (t->heap == NULL)
        {
          t->heap = g_malloc (t->size);
          memcpy (t->heap, t->text, at);
        }
      else
        t->heap = g_realloc (t->heap, t->size);
      t->text = t->heap;
    }
  if (at > 0)
    t->text[at - 1] = ' ';
  memcpy (t->text + at, l, m + 1);
  t->len = at + m;
  t->read = TRUE;
}

/* add_recipient() of the recipient read so far, if any. */
static void
recipient_text_add (DirectiveParse *p,
                    RecipientText  *t)
{
  if (t->read)
    add_recipient (p, t->text, t->len);
  t->read = FALSE;
}

static gboolean
is_bullet (const char *l,
           gsize      *len)
{
  /* "-", "+", "*", "~" and "–", "—", "•": E2 80 93, 94, A2 */
  if (*l == '-' || *l == '+' || *l == '*' || *l == '~')
    {
      *len = 1;
      return TRUE;
    }
  if ((guchar) l[0] == 0xE2 && (guchar) l[1] == 0x80
      && ((guchar) l[2] == 0x93 || (guchar) l[2] == 0x94 || (guchar) l[2] == 0xA2))
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

void
_directive_parse_footer (DirectiveParse *p)
{
  RightColumn right;
  RecipientText item;
  gboolean archived = FALSE;

  item.text = item.room;
  item.len = 0;
  item.size = sizeof item.room;
  item.heap = NULL;
  item.read = FALSE;
  /* (room for the lines a right column holds: not grown twice or three times) */
  right.lines = g_ptr_array_new_full (16, NULL);
  right.heap = NULL;
  right.used = 0;
  for (guint i = p->footer_start; i < p->lines->len; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      gsize split, len;
      /* The line's two columns cleaned into one buffer, the stack's for most
       * lines: copied only for what is kept. */
      char room[512];
      g_autofree char *heap = NULL;
      char *clean;
      char *left = NULL;
      char *rcol = NULL;
      const char *l;
      const char *rest;
      gsize bl;

      if (line->blank)
        continue;

      /* "- Lưu: VT, KTN.   Đỗ Quang Vinh": the archive, and what follows it */
      l = line->text + line->indent;
      if (is_bullet (l, &bl))
        l += bl;
      while (*l == ' ')
        l++;
      if (!archived && is_archive (l, &rest))
        {
          recipient_text_add (p, &item);
          read_archive (p, rest, &right);
          archived = TRUE;
          continue;
        }

      split = right_column_start (line->text, line->len);
      len = line->len;
      clean = len + 2 <= sizeof room ? room : (heap = g_malloc (len + 2));
      if (_directive_clean_text_into (line->text, split, clean) > 0)
        left = clean;
      /* (most lines have no right column) */
      if (line->text[split] != '\0'
          && _directive_clean_text_into (line->text + split, len - split, clean + split + 1) > 0)
        rcol = clean + split + 1;
      if (rcol != NULL)
        {
          char *r = rcol;

          while (*r == ';' || *r == ' ')
            r++;
          if (*r != '\0')
            right_column_add (&right, r);
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
      if (is_bullet (l, &bl))
        {
          l += bl;
          while (*l == ' ')
            l++;
          recipient_text_add (p, &item);
          if (!archived)
            recipient_text_put (&item, 0, l);
        }
      else if (item.read && !archived)
        /* (grown in place: no copy of the item for each line) */
        recipient_text_put (&item, item.len == 0 ? 0 : item.len + 1, l);
      else if (is_name (l) || (is_caps_word (l, strlen (l)) && authority_mark (l, &split) < 0))
        right_column_add (&right, l);
      else
        {
          gsize ml;

          if (authority_mark (l, &ml) >= 0)
            right_column_add (&right, l);
        }
    }
  recipient_text_add (p, &item);
  g_free (item.heap);

  read_signature (p, right.lines);
  g_ptr_array_unref (right.lines);
  g_clear_pointer (&right.heap, g_ptr_array_unref);
}
