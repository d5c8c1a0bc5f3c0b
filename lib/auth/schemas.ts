import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Escribe tu correo.' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: 'Escribe un correo válido, por ejemplo ana@correo.com.' })
      .max(254, { error: 'El correo es demasiado largo.' }),
  );

export const newPasswordSchema = z
  .string({ error: 'Escribe una contraseña.' })
  .min(10, { error: 'La contraseña debe tener al menos 10 caracteres.' })
  .max(200, { error: 'La contraseña no puede superar 200 caracteres.' });

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z
    .string({ error: 'Escribe tu nombre.' })
    .trim()
    .min(2, { error: 'Escribe tu nombre (al menos 2 letras).' })
    .max(100, { error: 'El nombre no puede superar 100 caracteres.' }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Escribe tu contraseña.' }).min(1, { error: 'Escribe tu contraseña.' }).max(200),
});
