/* directive-parser-private.h: the stages of the document parser
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The parser is a pipeline of small stages over lines:
 *
 *   lines    normalise the input (repair UTF-8, NFC), split it into lines, fold
 *            each line for matching and keep the original for provenance
 *   split    find where the header ends, the closing paragraph and the footer
 *   header   issuer, number and symbol, place and date, kind, subject, urgency,
 *            addressees
 *   meeting  date, venue, chair, attendees, whose conclusion it is, the summary
 *   tasks    the items in every shape, nested, with their source lines
 *   roles    lead, cooperating and report-to agencies of each task
 *   deadline deadlines and recurrence of each task
 *   footer   recipients, archive, signer and authority chain
 *
 * Every stage reads and writes a DirectiveParse, and reports what it skipped or
 * guessed as diagnostics.
 */
#pragma once

#include <string.h>

#include <gio/gio.h>

#include "directive-agency.h"
#include "directive-catalogue.h"
#include "directive-conclusion.h"
#include "directive-date.h"
#include "directive-diagnostic.h"
#include "directive-notice.h"
#include "directive-task.h"

G_BEGIN_DECLS

typedef struct
{
  char  *text;      /* the line as read: valid UTF-8, NFC, no line break */
  /* Folded when first asked for (most body lines never are): read them with
   * _directive_line_fold(), _directive_line_fold_len(), _directive_line_offsets(). */
  char  *lazy_fold;      /* _directive_text_fold() of text */
  gsize *lazy_offsets;   /* byte of fold -> byte of text, fold_len + 1 entries */
  gsize  lazy_fold_len;
  guint  number;    /* 1-based line number in the input */
  guint  indent;    /* leading spaces */
  guint  len;       /* strlen (text) */
  guint  blank : 1;
  guint  shared : 1;   /* the line and its text lie in the document's block of lines */
  /* lazy_offsets lies in that block too: the room for the fold until it is made */
  guint  fold_in_block : 1;
} DirectiveLine;

void _directive_line_fold_now (DirectiveLine *line);

static inline const char *
_directive_line_fold (DirectiveLine *line)
{
  if (G_UNLIKELY (line->lazy_fold == NULL))
    _directive_line_fold_now (line);
  return line->lazy_fold;
}

static inline gsize
_directive_line_fold_len (DirectiveLine *line)
{
  if (G_UNLIKELY (line->lazy_fold == NULL))
    _directive_line_fold_now (line);
  return line->lazy_fold_len;
}

static inline const gsize *
_directive_line_offsets (DirectiveLine *line)
{
  if (G_UNLIKELY (line->lazy_fold == NULL))
    _directive_line_fold_now (line);
  return line->lazy_offsets;
}

/* A word of folded text: [start, end) bytes, letters and digits only. */
typedef struct
{
  guint start;
  guint end;
} DirectiveWord;

/* Whether word @w of @fold is @word (@n bytes), exactly: no OCR damage. */
static inline gboolean
_directive_word_exactly_len (const char          *fold,
                             const DirectiveWord *w,
                             const char          *word,
                             gsize                n)
{
  return w->end - w->start == n && memcmp (fold + w->start, word, n) == 0;
}

/* (a literal's length known where it is written) */
#define _directive_word_exactly(fold, w, literal) \
  _directive_word_exactly_len ((fold), (w), "" literal, sizeof (literal) - 1)

typedef struct
{
  /* settings */
  DirectiveCatalogue *catalogue;
  char               *locality;      /* hint or found; canonical spelling */
  char               *level;         /* "tỉnh" or "thành phố" */
  DirectiveDate      *reference_date;

  /* lines */
  GPtrArray *lines;                  /* DirectiveLine */
  gpointer   line_block;             /* most lines and their text, in one block */
  gsize      line_block_size;
  GPtrArray *diagnostics;            /* DirectiveDiagnostic */

  /* split */
  guint header_end;                  /* index of the first body line */
  guint closing_start;               /* first line of the closing paragraph (or footer_start) */
  guint footer_start;                /* first footer line (lines->len if none) */

  /* results */
  DirectiveNotice *notice;
  GHashTable      *agencies;         /* id -> DirectiveAgency, the ones referenced */
  GPtrArray       *agency_order;     /* DirectiveAgency, in order of first use */
  /* The agency each catalogue entry a role took gave, for the next time the
   * document names it (borrowed: agency_order holds them). */
  struct
  {
    DirectiveAgency *entry;
    DirectiveAgency *agency;
  }                taken[16];
  guint            n_taken;
  DirectiveAgency *issuer;
  DirectiveAgency *committee;        /* the People's Committee behind the issuer */
  DirectiveAgency *district;         /* a district's People's Committee issuing, or behind the issuer */
  GPtrArray       *default_lead;     /* DirectiveAgency: the addressee of the task list */
  char            *lead_summary;     /* the summary whose addressee is the default lead, until a task asks */
  DirectiveDate   *meeting_date;
  guint            body_start;       /* first line after the meeting part */
} DirectiveParse;

DirectiveParse *_directive_parse_new          (DirectiveCatalogue *catalogue,
                                               const char         *locality,
                                               const DirectiveDate *reference_date);
void            _directive_parse_free         (DirectiveParse     *p);
void            _directive_parse_diagnose     (DirectiveParse     *p,
                                               guint               line,
                                               DirectiveSeverity   severity,
                                               const char         *format,
                                               ...) G_GNUC_PRINTF (4, 5);
/* (inline: the stages ask for lines one by one, thousands of times a document) */
static inline DirectiveLine *
_directive_parse_line (DirectiveParse *p,
                       guint           index)
{
  g_assert (index < p->lines->len);
  return g_ptr_array_index (p->lines, index);
}
/* The agency registered for this document under the id of @agency (registering it,
 * and its parents, on first use). */
DirectiveAgency *_directive_parse_register    (DirectiveParse     *p,
                                               DirectiveAgency    *agency);
/* The year a date without one belongs to. */
guint           _directive_parse_default_year (DirectiveParse     *p);

/* lines */
void     _directive_parse_lines           (DirectiveParse *p,
                                           const char     *data,
                                           gsize           length);
void     _directive_line_free             (gpointer        line);
/* A line from valid UTF-8 @text. */
DirectiveLine *_directive_line_new        (const char     *text,
                                           gssize          len,
                                           guint           number);
void     _directive_parse_split           (DirectiveParse *p);
/* A text folded once for all the stages that read it (a task's roles, deadline
 * and recurrence): the fold, its offsets into the text, its words. */
typedef struct
{
  const char *text;   /* not owned */
  char       *fold;   /* _directive_text_fold_with_offsets() of text */
  gsize      *offsets;
  gsize       fold_len;
  GArray     *words;  /* DirectiveWord */
  gsize       block_size;   /* of the block of offsets and fold */
} DirectiveFoldedText;

void     _directive_folded_text_init      (DirectiveFoldedText *folded,
                                           const char          *text);
void     _directive_folded_text_clear     (DirectiveFoldedText *folded);
/* Folded words of @fold[0, len) into @words (DirectiveWord). */
void     _directive_fold_words            (const char     *fold,
                                           gsize           len,
                                           GArray         *words);
/* The same, the first @max words only (G_MAXUINT: all), written in place. */
void     _directive_fold_first_words      (const char     *fold,
                                           gsize           len,
                                           GArray         *words,
                                           guint           max);
/* Whether folded word [s, e) of @fold is @expected, of @n bytes, allowing OCR damage. */
gboolean _directive_word_is_len           (const char     *fold,
                                           guint           s,
                                           guint           e,
                                           const char     *expected,
                                           gsize           n);

/* The same of a string: in line, so that a literal's length is known where
 * it is written. */
static inline gboolean
_directive_word_is (const char *fold,
                    guint       s,
                    guint       e,
                    const char *expected)
{
  return _directive_word_is_len (fold, s, e, expected, strlen (expected));
}
/* Whether the words at @i of @words spell @phrase (space-separated folded words). */
gboolean _directive_words_match           (const char     *fold,
                                           GArray         *words,
                                           guint           i,
                                           const char     *phrase);
/* A few folded words (at most 8, NULL-terminated) and a per-thread memo of
 * which of them a word is: @cache is a GPrivate of G_PRIVATE_INIT (g_free),
 * @slot the set's own place among DIRECTIVE_WORD_SETS, where a thread reads
 * its memo without a call. (directive-parser-roles.c; the deadlines use it
 * too.) */
typedef struct
{
  GPrivate          *cache;
  const char *const *words;
  guint              big : 1;   /* asked of most words: a larger memo */
  guint              slot : 3;
} DirectiveWordSet;

enum
{
  DIRECTIVE_WORD_SET_CUES,
  DIRECTIVE_WORD_SET_RECURRENCES,
  DIRECTIVE_WORD_SET_VERBS,
  DIRECTIVE_WORD_SET_VERB_SECONDS,
  DIRECTIVE_WORD_SET_CARRY_OUT,
  DIRECTIVE_WORD_SETS
};

/* The bits (1 << k) of the words k of @set that folded word [start, end) of
 * @fold is, as _directive_word_is() tells. */
guint    _directive_word_set_match        (const DirectiveWordSet *set,
                                           const char             *fold,
                                           guint                   start,
                                           guint                   end);
/* The same with the thread's memo of @set fetched once, for a caller that asks
 * of many words: _directive_word_set_cache() on the thread that asks. */
typedef struct _DirectiveWordSetCache DirectiveWordSetCache;
DirectiveWordSetCache *_directive_word_set_cache (const DirectiveWordSet *set);
guint    _directive_word_set_match_in     (DirectiveWordSetCache  *cache,
                                           const char             *fold,
                                           guint                   start,
                                           guint                   end);
/* The index of the first word at or after @from that starts @phrase, or -1. */
int      _directive_words_find            (const char     *fold,
                                           GArray         *words,
                                           guint           from,
                                           const char     *phrase);
/* Whitespace folded, trimmed; NULL if empty. */
char    *_directive_clean_text            (const char     *text,
                                           gssize          len);
/* The same into @out, with room for @n + 1 bytes: returns its length (0 if empty). */
gsize    _directive_clean_text_into       (const char     *text,
                                           gsize           n,
                                           char           *out);
/* "PHÓ CHÁNH VĂN PHÒNG" -> "Phó Chánh Văn phòng". */
char    *_directive_title_case            (const char     *text);
/* A place or province name restored to its canonical spelling, or NULL. */
char    *_directive_canonical_place       (const char     *text);
gboolean _directive_is_city               (const char     *locality);
/* A unit named after the body issuing the notice ("Phòng Tài chính - Kế hoạch" in a
 * district's notice is "Phòng Tài chính - Kế hoạch huyện Gò Dầu"), renamed and put
 * under it; @known: the catalogue named @agency. */
void     _directive_name_local_unit       (DirectiveParse  *p,
                                           DirectiveAgency *agency,
                                           gboolean         known);
/* A district-level place of @locality (nullable: NULL) that @text names exactly
 * (diacritics aside), in its canonical spelling, or NULL. */
char    *_directive_own_place             (const char     *text,
                                           const char     *locality);
/* The place of a document's place line ("Thanh pho Ho Chi Minh", "Hòa Vang") in its
 * canonical spelling, preferring places within @locality (nullable), or NULL. */
char    *_directive_canonical_place_line  (const char     *text,
                                           const char     *locality);
/* A signature title ("Phó Chánh Văn phòng", "Ủy ban nhân dân") restored from
 * OCR-damaged @text, or NULL; @suffix: the title may end a longer text. */
const char *_directive_canonical_title    (const char     *text,
                                           gboolean        suffix);

/* dates (directive-parser-deadline.c) */
/* A date written at word @i of @words ("29/9/2021", "ngày 29 tháng 9 năm 2021",
 * "tháng 12/2021", "quý I/2022"): the date and, in *@next, the word after it.
 * @last_day: months and quarters give their last day. */
DirectiveDate *_directive_parse_date_at   (const char     *fold,
                                           GArray         *words,
                                           guint           i,
                                           guint           default_year,
                                           gboolean        last_day,
                                           guint          *next);
DirectiveDate *_directive_parse_deadline  (const char     *fold,
                                           gsize           len,
                                           guint           default_year);
DirectiveRecurrence _directive_parse_recurrence (const char *fold,
                                                 gsize       len);
/* The same over words cut already. */
DirectiveDate *_directive_parse_deadline_words  (const char     *fold,
                                                 GArray         *words,
                                                 guint           default_year);
DirectiveRecurrence _directive_parse_recurrence_words (const char *fold,
                                                       GArray     *words);

/* header, meeting, footer */
void     _directive_parse_header          (DirectiveParse *p);
void     _directive_parse_meeting         (DirectiveParse      *p,
                                           DirectiveConclusion *conclusion);
void     _directive_parse_footer          (DirectiveParse *p);

/* tasks and roles */
/* Whether @line opens an item (1., a), -, I. ...). */
gboolean _directive_line_is_item          (DirectiveLine  *line);
void     _directive_parse_tasks           (DirectiveParse      *p,
                                           DirectiveConclusion *conclusion);
/* Roles of a task from its text; @inherited the leads of the enclosing item or list;
 * the task's leads are appended to @leads (nullable). */
void     _directive_parse_roles           (DirectiveParse            *p,
                                           DirectiveTask             *task,
                                           const DirectiveFoldedText *text,
                                           GPtrArray                 *inherited,
                                           GPtrArray                 *leads);
/* Agencies named at the start of a sentence ("Sở X, Sở Y thực hiện ..."), for the
 * addressee of a task list. */
void _directive_parse_default_lead (DirectiveParse *p);
GPtrArray *_directive_parse_subject_agencies (DirectiveParse *p,
                                              const char     *text);

G_END_DECLS
