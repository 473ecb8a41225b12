// Runs before the app (a classic script, before module scripts). The server's headers keep the app out of
// other sites' frames (frame-ancestors 'none', X-Frame-Options: DENY: docs/deploy.md); where there are no
// headers — a bare static server, the files opened from disk — this is the fallback: inside any frame the
// page is marked, and <cp-app> then neither starts (no storage opened, no solve) nor renders the app, only a
// refusal with a link to open it on its own (clickjacking needs the real buttons under a decoy: there are none).
(function () {
  var framed;
  try {
    framed = window.top !== window.self;
  } catch (e) {
    framed = true;
  }
  if (framed) document.documentElement.setAttribute("data-framed", "");
})();
