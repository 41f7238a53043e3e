/* Progressive enhancement only: every feature here also works without JavaScript. */
(function () {
    "use strict";

    var ESCAPE_PRESSES = 3;
    var ESCAPE_WINDOW_MS = 1500;

    /* Snel weg: hide the page at once and replace it in the history with a neutral site,
       so the back button does not bring the reader back here. */
    function leave(url) {
        document.documentElement.classList.add("is-exiting");
        document.title = "";
        try {
            window.location.replace(url);
        } catch (e) {
            window.location.href = url;
        }
    }

    function exitUrl() {
        var link = document.querySelector("[data-exit-link]");
        return link ? link.href : "about:blank";
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-exit-link]");
        if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        leave(link.href);
    });

    /* Three times Escape leaves, also while typing in a field: that is when someone writes
       their story. One or two presses keep their usual meaning (closing a list, clearing a
       search field). The hint promising the shortcut is shown only when this script runs. */
    var escapes = [];
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || event.repeat) return;
        var now = Date.now();
        escapes = escapes.filter(function (t) { return now - t < ESCAPE_WINDOW_MS; });
        escapes.push(now);
        if (escapes.length >= ESCAPE_PRESSES) {
            escapes = [];
            leave(exitUrl());
        }
    });

    function showExitHint() {
        var hint = document.querySelector("[data-exit-hint]");
        var link = document.querySelector("[data-exit-link]");
        if (!hint || !link) return;
        hint.hidden = false;
        link.setAttribute("aria-describedby", hint.id);
    }

    /* Read aloud with the browser's own speech synthesis; shown only where supported. */
    function setUpReadAloud() {
        var button = document.querySelector("[data-read-aloud]");
        if (!button || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") return;
        var labelStart = button.textContent;
        var labelStop = button.getAttribute("data-stop-label") || labelStart;
        button.hidden = false;
        button.addEventListener("click", function () {
            if (window.speechSynthesis.speaking) {
                window.speechSynthesis.cancel();
                button.textContent = labelStart;
                return;
            }
            var parts = [];
            document.querySelectorAll("main h1, main .lead, [data-read-aloud-text]").forEach(function (el) {
                parts.push(el.innerText);
            });
            var utterance = new SpeechSynthesisUtterance(parts.join(". "));
            utterance.lang = document.documentElement.lang || "nl";
            utterance.onend = function () { button.textContent = labelStart; };
            button.textContent = labelStop;
            window.speechSynthesis.speak(utterance);
        });
    }

    /* An error-summary link jumps to its field; without a script the browser shows the
       field itself below the exit bar. With it, the field's question (legend or label)
       comes into view as well, and the field gets focus. */
    function questionOf(field) {
        var fieldset = field.closest("fieldset");
        if (fieldset && /^(radio|checkbox)$/.test(field.type) && fieldset.querySelector("legend")) {
            return fieldset.querySelector("legend");
        }
        return (field.labels && field.labels[0]) || field;
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
        if (!link) return;
        var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!field || !field.matches("input, select, textarea")) return;
        event.preventDefault();
        questionOf(field).scrollIntoView({ block: "start" });
        field.focus({ preventScroll: true });
        if (history.replaceState) history.replaceState(null, "", link.hash);
    });

    function setUp() {
        showExitHint();
        setUpReadAloud();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
