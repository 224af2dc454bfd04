/** Starting colours by niche; the merchant changes them in the wizard. */
const palettes: Record<string, { primary: string; accent: string }> = {
  fashion: { primary: '#111827', accent: '#db2777' },
  beauty: { primary: '#831843', accent: '#f472b6' },
  electronics: { primary: '#0f172a', accent: '#2563eb' },
  home: { primary: '#3f3f46', accent: '#d97706' },
  food: { primary: '#14532d', accent: '#ea580c' },
  sports: { primary: '#1e3a8a', accent: '#16a34a' },
  toys: { primary: '#7c2d12', accent: '#facc15' },
  books: { primary: '#292524', accent: '#b45309' },
  art: { primary: '#312e81', accent: '#e11d48' },
  pets: { primary: '#365314', accent: '#0ea5e9' },
  health: { primary: '#134e4a', accent: '#22c55e' },
  services: { primary: '#1f2937', accent: '#6366f1' },
};

export function defaultTheme(niche: string): { primary: string; accent: string } {
  return palettes[niche] ?? { primary: '#1f2937', accent: '#4f46e5' };
}
