// treffsicher: drag and drop onto the upload field, upload progress, and the
// per-file size check before anything is sent. Pages work without this file.
(function () {
  "use strict";

  function setupDropZone() {
    var zone = document.getElementById("drop-zone");
    var input = document.getElementById("upload-files");
    if (!zone || !input) { return; }
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("is-dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("is-dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
  }

  function filesTooLarge(input) {
    var limit = parseInt(input.getAttribute("data-max-bytes") || "0", 10);
    if (!limit || !input.files) { return false; }
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > limit) { return true; }
    }
    return false;
  }

  function setupSizeCheck() {
    var input = document.getElementById("upload-files");
    var message = document.getElementById("upload-client-error");
    if (!input || !message) { return; }
    var check = function () {
      var tooLarge = filesTooLarge(input);
      message.hidden = !tooLarge;
      message.textContent = tooLarge ? input.getAttribute("data-too-large") : "";
      return tooLarge;
    };
    input.addEventListener("change", check);
    document.body.addEventListener("htmx:confirm", function (event) {
      if (event.target && event.target.id === "upload-form" && check()) {
        event.preventDefault();
      }
    });
    var form = document.getElementById("upload-form");
    if (form) {
      form.addEventListener("submit", function (event) {
        if (check()) { event.preventDefault(); }
      });
    }
  }

  function setupProgress() {
    document.body.addEventListener("htmx:xhr:progress", function (event) {
      var bar = document.getElementById("upload-progress");
      var detail = event.detail || {};
      if (bar && detail.lengthComputable) {
        bar.value = Math.round((detail.loaded / detail.total) * 100);
      }
    });
    document.body.addEventListener("htmx:beforeRequest", function () {
      var error = document.getElementById("htmx-error");
      if (error) { error.textContent = ""; }
      var bar = document.getElementById("upload-progress");
      if (bar) { bar.removeAttribute("value"); }
    });
  }

  // After a swap, move focus to what arrived, so keyboard and screen-reader users land
  // on the pick step or the result; never while the draft is re-checked during typing.
  var FOCUS_TARGETS = ["pick-identities", "import-result", "result-heading"];

  function setupFocus() {
    document.body.addEventListener("htmx:afterSettle", function (event) {
      var detail = event.detail || {};
      var path = (detail.requestConfig && detail.requestConfig.path) || "";
      if (path.indexOf("live=1") !== -1) { return; }
      for (var i = 0; i < FOCUS_TARGETS.length; i++) {
        var target = document.getElementById(FOCUS_TARGETS[i]);
        if (target) {
          if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
          target.focus();
          return;
        }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupFocus();
    setupDropZone();
    setupSizeCheck();
    setupProgress();
  });
})();
