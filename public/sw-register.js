/* Registers the service worker and exposes a tiny update API to the app:
 *   window.__swUpdateReady    true once a new version is installed and waiting
 *   "sw-update-ready" event    dispatched on window at the same moment
 *   window.__swApplyUpdate()   activates the waiting version; the page reloads once
 *   window.__installPrompt     the browser's install offer, once it makes one
 *   "install-available" event  dispatched on window when it does (or withdraws it)
 *   window.__installApp()      shows the browser's install dialog
 */
(function () {
  "use strict";

  var UPDATE_INTERVAL_MS = 30 * 60 * 1000;
  var reg = null;
  var updateApplied = false;
  var reloading = false;

  window.__swUpdateReady = false;
  window.__swApplyUpdate = function () {
    if (reg && reg.waiting) {
      updateApplied = true;
      reg.waiting.postMessage({ type: "SKIP_WAITING" });
    } else if (window.__swUpdateReady) {
      // Another tab already activated the new version: just pick it up.
      window.location.reload();
    }
  };

  window.__installPrompt = null;
  window.addEventListener("beforeinstallprompt", function (e) {
    e.preventDefault();
    window.__installPrompt = e;
    window.dispatchEvent(new CustomEvent("install-available"));
  });
  window.addEventListener("appinstalled", function () {
    window.__installPrompt = null;
    window.dispatchEvent(new CustomEvent("install-available"));
  });
  window.__installApp = function () {
    var offer = window.__installPrompt;
    if (!offer) return;
    window.__installPrompt = null;
    offer.prompt();
  };

  if (!("serviceWorker" in navigator)) return;

  function announce() {
    if (window.__swUpdateReady) return;
    window.__swUpdateReady = true;
    window.dispatchEvent(new CustomEvent("sw-update-ready"));
  }

  function track(worker) {
    if (!worker) return;
    worker.addEventListener("statechange", function () {
      // With no controller this is the first install, not an update.
      if (worker.state === "installed" && navigator.serviceWorker.controller) {
        announce();
      }
    });
  }

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (!updateApplied || reloading) return;
    reloading = true;
    window.location.reload();
  });

  function register() {
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(function (r) {
        reg = r;
        if (r.waiting && navigator.serviceWorker.controller) announce();
        track(r.installing);
        r.addEventListener("updatefound", function () {
          track(r.installing);
        });
        setInterval(function () {
          r.update().catch(function () {});
        }, UPDATE_INTERVAL_MS);
      })
      .catch(function (err) {
        console.warn("Service worker registration failed:", err);
      });
  }

  if (document.readyState === "complete") {
    register();
  } else {
    window.addEventListener("load", register);
  }
})();
