'use client';

// A name and the web address made from it, as the first-run setup and a new plan ask for them:
// the address follows the name until it is typed in itself.
import { useState, type ReactNode } from 'react';
import { TextField } from '@/components/forms/field';
import type { FieldErrors } from '@/lib/errors';

export function NameAndSlugFields({
  idPrefix,
  nameLabel,
  nameAutoComplete = 'off',
  suggestSlug,
  slugHint,
  defaults,
  errors,
}: {
  idPrefix: string;
  nameLabel: string;
  nameAutoComplete?: string;
  suggestSlug: (name: string) => string;
  /** What the address is for, shown with the address as typed so far. */
  slugHint: (slug: string) => ReactNode;
  defaults: { name: string; slug: string };
  errors: FieldErrors;
}) {
  const [slug, setSlug] = useState(defaults.slug);
  const [slugEdited, setSlugEdited] = useState(Boolean(defaults.slug));
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={nameLabel}
        defaultValue={defaults.name}
        onChange={(event) => {
          if (!slugEdited) setSlug(suggestSlug(event.target.value));
        }}
        autoComplete={nameAutoComplete}
        errors={errors.name}
      />
      <TextField
        id={`${idPrefix}-slug`}
        name="slug"
        label="Address"
        hint={slugHint(slug)}
        hintAbove
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugEdited(true);
        }}
        autoComplete="off"
        inputClassName="font-mono"
        errors={errors.slug}
      />
    </>
  );
}
