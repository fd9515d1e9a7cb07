/* directive-places-private.h: the built-in gazetteer of provinces and districts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DIRECTIVE_PLACE_PROVINCE = 1 << 0,  /* a province or centrally-run city, before 2025 or one of the 2025 units */
  DIRECTIVE_PLACE_DISTRICT = 1 << 1,  /* a district-level unit: quận, huyện, thị xã, thành phố thuộc tỉnh */
  DIRECTIVE_PLACE_CITY     = 1 << 2,  /* with DISTRICT only: a district-level unit that is a city */
} DirectivePlaceKind;

typedef struct {
  const char *name;        /* with its diacritics, NFC: "Hòa Vang" */
  const char *level;       /* "tỉnh", "thành phố", "quận", "huyện", "thị xã" */
  const char *province;    /* the province a district belongs to; a province's own name */
  guint kind;              /* DirectivePlaceKind: PROVINCE, or DISTRICT with CITY for a city */
  gboolean reorganised;    /* a province as reorganised in 2025 (the 34 units) */
  const char * const *merged_from;  /* of a 2025 province: the pre-2025 provinces it took in (NULL-terminated) */
  const char *key;         /* the name folded, letters and digits only: "hoavang" */
} DirectivePlace;

/* Registers the library's GResource (the catalogue and the gazetteer) the first time it is
 * called, and only then: every reader of the resource calls this first. */
void                  _directive_places_ensure_resource (void);

/* Every place of the gazetteer, read the first time it is asked for, immutable and shared
 * between threads: *@n_places of them. */
const DirectivePlace *_directive_places_get_all    (guint       *n_places);

/* The place @text (clean or OCR-damaged) names among @kinds, or NULL. Both sides are folded
 * the way the catalogue folds. Provinces and cities forgive a little OCR damage (as
 * _directive_canonical_place() always did); a district outside @province (the document's
 * province or city, nullable) must fold to the same letters. Among equally close places the
 * one within @province and then the one at @level (nullable: "huyện") is preferred; when
 * places of different spellings are still tied the text is ambiguous and NULL is returned. */
const DirectivePlace *_directive_places_lookup     (const char  *text,
                                                    guint        kinds,
                                                    const char  *level,
                                                    const char  *province);

/* The place of @kinds within @province that @text names letter for letter (diacritics aside),
 * or NULL: no OCR damage forgiven, nothing outside @province. */
const DirectivePlace *_directive_places_lookup_own (const char  *text,
                                                    guint        kinds,
                                                    const char  *province);

/* Whether @locality is a province-level city ("Đà Nẵng", "Huế"). */
gboolean              _directive_places_is_city    (const char  *locality);

/* An agency name with the place names after its level words ("huyện Hoa Vang", "tỉnh Bac Ninh",
 * "thành phố Hué") in their gazetteer spelling, or NULL when nothing needed respelling. A place
 * written with its diacritics (tone marks placed either way) is left as written. */
char                 *_directive_places_respell    (const char  *name,
                                                    const char  *province);

/* @text a place as written ("Hoa Vang", "Thanh ph6 H6 Chi Minh"), maybe after its level word:
 * the place of @kinds in its gazetteer spelling, after the level word spelled out when there
 * was one ("Thành phố Hồ Chí Minh"), or NULL. */
char                 *_directive_places_canonical_name (const char *text,
                                                        guint       kinds,
                                                        const char *province);

G_END_DECLS
