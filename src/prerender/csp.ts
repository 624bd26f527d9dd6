// The Content-Security-Policy every page carries (in a meta tag, and in public/_headers for hosts
// that send headers). No inline script, no eval, nothing from another origin.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Only meaningful as a header: a meta tag cannot set frame-ancestors. */
export const HEADER_ONLY_POLICY = "frame-ancestors 'none'";
