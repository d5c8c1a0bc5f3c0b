/**
 * A titled block of the product's own text; paragraphs follow the line breaks the admin typed. With
 * `asList` each line is a list item (a kit's "Qué incluye").
 */
export function ProductTextSection({
  id,
  title,
  text,
  asList = false,
  className,
}: {
  id: string;
  title: string;
  text: string;
  asList?: boolean;
  className?: string;
}) {
  const paragraphs = text
    .split(/\n{1,}/)
    .map((p) => (asList ? p.replace(/^\s*[-•*]\s*/, '') : p).trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="font-serif text-xl text-brand-900">
        {title}
      </h2>
      {asList ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800">
          {paragraphs.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : (
        <div className="mt-2 space-y-2 text-stone-800">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </section>
  );
}
