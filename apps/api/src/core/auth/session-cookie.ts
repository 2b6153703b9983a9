export const SESSION_COOKIE = 'icspa_session';
