/* directive-catalogue-private.h: what the parser asks of the catalogue
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "directive-catalogue.h"

G_BEGIN_DECLS

typedef struct {
  gsize start, end;          /* byte offsets of the mention in the text searched */
  DirectiveAgency *entry;    /* the catalogue agency (transfer none), or NULL for an agency-like phrase not in the catalogue */
  char *text;                /* the mention as written, whitespace folded (owned by the array) */
  gboolean group;            /* "Công an các huyện, thị xã": @text is the group's name, respelled */
} DirectiveMention;

/* Changes whenever the catalogue's agencies do, and differs between catalogues:
 * what a memo of its answers is valid for. */
guint _directive_catalogue_get_generation (DirectiveCatalogue *self);

/* Agency mentions in @text (clean or OCR-damaged), left to right, non-overlapping, longest match first; includes
 * phrases that look like an agency but are not in the catalogue ("Sở X", "Trung tâm Y", "Công ty Z", "Ban Quản lý ...")
 * with entry NULL. @locality (nullable) is the document's province/city ("Đồng Nai") for names like "Báo Đồng Nai". */
GArray *_directive_catalogue_find_mentions (DirectiveCatalogue *self, const char *text, gssize len, const char *locality);

/* The same for NUL-terminated @text already folded: @folded, @offsets and @folded_len as
 * _directive_text_fold_with_offsets() gives them for the whole of @text. */
GArray *_directive_catalogue_find_mentions_folded (DirectiveCatalogue *self, const char *text, const char *folded,
                                                   const gsize *offsets, gsize folded_len, const char *locality);

/* The same with the fold's @words (DirectiveWord) as _directive_fold_words() cuts them, which
 * saves cutting them again; but %NULL when there is no mention, and a catalogue entry's mention
 * has no text (DirectiveMention:text is %NULL: its offsets give it). The mentions go into @into
 * (nullable, empty, one this function gave before) when there are any, which is then returned:
 * a caller that scans text after text keeps one array. */
GArray *_directive_catalogue_find_mentions_words (DirectiveCatalogue *self, const char *text, const char *folded,
                                                  const gsize *offsets, gsize folded_len, GArray *words,
                                                  const char *locality, GArray *into);

/* A new agency for a collection: the entry's id, canonical name (placeholders filled from @locality and @level),
 * short-name, kind, locality. */
DirectiveAgency *_directive_catalogue_instantiate (DirectiveCatalogue *self, DirectiveAgency *entry, const char *locality, const char *level);

/* The id _directive_catalogue_instantiate() gives @entry at @level, without making the agency:
 * a parse that has the id registered already uses that agency. The entry's own id, or one
 * made in *@owned (to free; NULL otherwise). */
const char *_directive_catalogue_instance_id (DirectiveAgency *entry, const char *level, char **owned);

/* An agency not in the catalogue, named as written (canonical NFC, whitespace folded) with a stable ASCII id made from the name. */
DirectiveAgency *_directive_mention_to_agency (const DirectiveMention *mention, const char *locality);

G_END_DECLS
