/** A titled block of the product's own text; paragraphs follow the line breaks the admin typed. */
export function ProductTextSection({ id, title, text }: { id: string; title: string; text: string }) {
  const paragraphs = text
    .split(/\n{1,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-serif text-xl text-brand-900">
        {title}
      </h2>
      <div className="mt-2 space-y-2 text-stone-800">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </section>
  );
}
