import { AppError } from '@/lib/errors';

export const productInactive = (name: string) =>
  new AppError({
    code: 'MKT-PRODUCT-INACTIVE',
    status: 409,
    message: `«${name}» ya no está disponible para la venta.`,
    details: { productName: name },
  });

export const insufficientStock = (available: number, requested: number) =>
  new AppError({
    code: 'MKT-STOCK-CART',
    status: 409,
    message:
      available === 0
        ? 'Este producto está agotado.'
        : `Stock insuficiente. Disponible: ${available}, solicitado: ${requested}.`,
    details: { available, requested },
  });

export const cartLineLimit = (maxLines: number) =>
  new AppError({
    code: 'MKT-CART-LIMIT',
    status: 422,
    message: `Tu carrito admite hasta ${maxLines} productos distintos.`,
    details: { maxLines },
  });

export const unitsPerLineLimit = (maxUnits: number) =>
  new AppError({
    code: 'MKT-QUANTITY-LIMIT',
    status: 422,
    message: `Puedes llevar hasta ${maxUnits} unidades de cada producto.`,
    details: { maxUnits },
  });

export const belowMinimum = (min: number) =>
  new AppError({
    code: 'MKT-MIN-QUANTITY',
    status: 422,
    message: `La compra mínima de este producto es de ${min} unidades.`,
    details: { min },
  });

export const aboveMaximum = (max: number) =>
  new AppError({
    code: 'MKT-MAX-QUANTITY',
    status: 422,
    message: `La compra máxima de este producto es de ${max} unidades.`,
    details: { max },
  });
