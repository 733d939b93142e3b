import type { Catalog } from './en.js';
import { registerLocale } from './registry.js';

/** Spanish (neutral Latin American and European usage; "tú" register). */
export const es: Catalog = {
  'help.open': 'Pide ayuda ahora',
  'help.title': 'Habla con alguien ahora',
  'help.intro': 'No tienes que pasar por esto a solas. Estas personas están listas para escucharte.',
  'help.emergency': 'Si estás en peligro ahora mismo, llama al {number}.',
  'help.emergencyUnknown': 'Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.',
  'help.findLine': 'Busca una línea de ayuda en tu país',
  'help.call': 'Llama al {number}',
  'help.text': 'Envía un mensaje al {number}',
  'help.textMessage': 'Envía {message} al {number}',
  'help.chat': 'Chatea en línea',
  'help.alwaysOpen': 'Abierto las 24 horas, todos los días',
  'help.languages': 'Idiomas: {languages}',
  'help.for.veterans': 'Para veteranos',
  'help.for.spanish': 'En español',
  'help.for.young-people': 'Para jóvenes',
  'help.for.mental-health': 'Para la salud mental',
  'help.newTab': '(se abre en una pestaña nueva)',
  'help.close': 'Cerrar',
  'quickExit.button': 'Salir de esta página',
  'quickExit.hint': 'O pulsa Mayús 3 veces',
  'quickExit.progress': 'Mayús pulsada {count} de 3 veces',
  'common.loadError': 'No se pudo cargar esta actividad.',
};

registerLocale('es', es);
