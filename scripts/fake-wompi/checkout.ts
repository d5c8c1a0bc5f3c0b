import { checksumsMatch, integritySignature } from '@/lib/payments/wompi/signature';
import { escapeHtml } from '@/scripts/fake-wompi/http';

/** What the hosted Web Checkout received and verified (docs/payments.md#web-checkout). */
export type CheckoutRequest = {
  reference: string;
  amountInCents: number;
  currency: string;
  redirectUrl: string | null;
  expirationTime: string | null;
  customerEmail: string | null;
};

export type CheckoutConfig = { publicKey: string; integritySecret: string; minAmountInCents: number };

export type CheckoutCheck = { ok: true; request: CheckoutRequest } | { ok: false; status: number; message: string };

const fail = (status: number, message: string): CheckoutCheck => ({ ok: false, status, message });

export function isExpired(expirationTime: string | null, now: number): boolean {
  return expirationTime !== null && Date.parse(expirationTime) <= now;
}

/** Checks a `GET /p/?…` query the way Wompi would before it shows the payment form. */
export function checkCheckout(params: URLSearchParams, config: CheckoutConfig, now = Date.now()): CheckoutCheck {
  const publicKey = params.get('public-key');
  const currency = params.get('currency');
  const amount = params.get('amount-in-cents');
  const reference = params.get('reference');
  const signature = params.get('signature:integrity');
  const redirectUrl = params.get('redirect-url') || null;
  const expirationTime = params.get('expiration-time') || null;

  if (!publicKey || !currency || !amount || !reference || !signature) {
    return fail(
      400,
      'Faltan parámetros: public-key, currency, amount-in-cents, reference y signature:integrity son obligatorios.',
    );
  }
  if (publicKey !== config.publicKey) return fail(401, 'La llave pública no corresponde a este comercio de pruebas.');
  if (currency !== 'COP') return fail(422, 'La única moneda aceptada es COP.');
  if (!/^\d+$/.test(amount) || !Number.isSafeInteger(Number(amount)) || Number(amount) <= 0) {
    return fail(422, 'amount-in-cents debe ser un entero positivo en centavos.');
  }
  const amountInCents = Number(amount);
  if (amountInCents < config.minAmountInCents) {
    return fail(422, `El monto mínimo es ${formatAmount(config.minAmountInCents, currency)}.`);
  }
  if (reference.length > 255) return fail(422, 'La referencia no puede superar 255 caracteres.');
  if (redirectUrl !== null && !isHttpUrl(redirectUrl)) return fail(422, 'redirect-url no es una URL http(s) válida.');
  if (expirationTime !== null && Number.isNaN(Date.parse(expirationTime))) {
    return fail(422, 'expiration-time debe ser una fecha ISO-8601 en UTC.');
  }

  const expected = integritySignature({
    reference,
    amountInCents,
    currency,
    integritySecret: config.integritySecret,
    ...(expirationTime !== null ? { expirationTime } : {}),
  });
  if (!checksumsMatch(expected, signature)) {
    return fail(403, 'La firma de integridad no es válida para esta referencia, monto y moneda.');
  }
  // Checked after the signature so a tampered expiration reads as a bad signature, not as "expired".
  if (isExpired(expirationTime, now)) return fail(410, 'Este enlace de pago ya venció.');

  const customerEmail = params.get('customer-data:email') || null;
  return { ok: true, request: { reference, amountInCents, currency, redirectUrl, expirationTime, customerEmail } };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function formatAmount(amountInCents: number, currency: string): string {
  // Display only; the amount itself stays an integer everywhere else.
  const fractionDigits = amountInCents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('es-CO', {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amountInCents / 100);
}

/** Where Wompi sends the buyer back: redirect-url plus `?id=<tx>&env=test` (docs/payments.md#web-checkout). */
export function redirectLocation(redirectUrl: string, transactionId: string): string {
  const url = new URL(redirectUrl);
  url.searchParams.set('id', transactionId);
  url.searchParams.set('env', 'test');
  return url.toString();
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Wompi de pruebas</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:.5rem;box-shadow:0 1px 3px #0002}
label{display:block;font-weight:600;margin-top:1rem}
input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.5rem;margin-top:.25rem}
button{margin-top:1rem;width:100%;font-size:1.1rem;padding:.75rem;background:#1b5e20;color:#fff;border:0;border-radius:.25rem}
.aviso{background:#fff4d6;padding:.5rem;border-radius:.25rem}
dt{font-weight:600}
</style>
</head>
<body><main>
${body}
</main></body>
</html>`;
}

export function renderCheckoutPage(args: { request: CheckoutRequest; sessionId: string; actionPath: string }): string {
  const { request } = args;
  const total = formatAmount(request.amountInCents, request.currency);
  const expiry = request.expirationTime
    ? `<dt>Vence</dt><dd><time datetime="${escapeHtml(request.expirationTime)}">${escapeHtml(request.expirationTime)}</time></dd>`
    : '';
  return layout(
    'Pagar',
    `<h1>Pago de prueba</h1>
<p class="aviso" role="note">Entorno de pruebas: no se cobra dinero real.</p>
<dl>
<dt>Referencia</dt><dd>${escapeHtml(request.reference)}</dd>
<dt>Total</dt><dd>${escapeHtml(total)}</dd>
${expiry}
</dl>
<form method="post" action="${escapeHtml(args.actionPath)}">
<input type="hidden" name="session" value="${escapeHtml(args.sessionId)}">
<label for="card-number">Número de tarjeta</label>
<input id="card-number" name="card-number" type="text" inputmode="numeric" autocomplete="cc-number" required aria-describedby="card-help">
<p id="card-help">Usa 4242 4242 4242 4242 para aprobar y 4111 1111 1111 1111 para rechazar; cualquier otro número termina en error.</p>
<button type="submit">Pagar ${escapeHtml(total)}</button>
</form>`,
  );
}

export function renderMessagePage(args: { title: string; message: string; backUrl?: string }): string {
  const back = args.backUrl ? `<p><a href="${escapeHtml(args.backUrl)}">Volver a la tienda</a></p>` : '';
  return layout(
    args.title,
    `<h1>${escapeHtml(args.title)}</h1>\n<p role="alert">${escapeHtml(args.message)}</p>\n${back}`,
  );
}
