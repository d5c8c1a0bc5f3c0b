'use client';

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="es-CO">
      <body style={{ fontFamily: 'system-ui', textAlign: 'center', padding: '4rem 1rem' }}>
        <h1>Botica no está disponible en este momento</h1>
        <p>Estamos trabajando para solucionarlo. Intenta de nuevo en unos minutos.</p>
        <button type="button" onClick={reset}>
          Reintentar
        </button>
      </body>
    </html>
  );
}
