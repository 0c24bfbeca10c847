import fc from "fast-check";

/** Strings that have broken services before: injections, markup, control characters, odd numbers, Unicode. */
export const NASTY = [
  "' OR '1'='1",
  "'; DROP TABLE tenants; --",
  "1; SELECT pg_sleep(10); --",
  '" UNION SELECT secret_hash FROM api_keys --',
  "\\'; TRUNCATE messages CASCADE; --",
  "$1",
  "%' AND 1=1 --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "${7*7}",
  '<!--#exec cmd="ls"-->',
  "\u0000",
  "a\u0000b",
  "\u001b[31mred",
  "\r\nSet-Cookie: x=1",
  "\u202egnp.exe",
  "\ud800",
  "\uffff",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "%00",
  "%",
  "%%32%65",
  "__proto__",
  "constructor",
  "prototype",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x7fffffff",
  "9".repeat(40),
  "true",
  "[]",
  "{}",
  '{"$gt":""}',
  "00000000-0000-0000-0000-00000000000g",
  "00000000-0000-0000-0000-0000000000000",
  " 00000000-0000-4000-8000-000000000000",
  "😀".repeat(50),
  "ß".repeat(300),
  "a".repeat(10_000),
  "",
  " ",
];

/** Any string an attacker or a buggy client might send. */
export const badString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 3000 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 10 }))
      .map(([a, b]) => `${a}${b}`),
  },
);
