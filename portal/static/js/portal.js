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

    function isTyping(target) {
        if (!target) return false;
        var tag = (target.tagName || "").toLowerCase();
        return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-exit-link]");
        if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        leave(link.href);
    });

    var escapes = [];
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || isTyping(event.target)) return;
        var now = Date.now();
        escapes = escapes.filter(function (t) { return now - t < ESCAPE_WINDOW_MS; });
        escapes.push(now);
        if (escapes.length >= ESCAPE_PRESSES) {
            escapes = [];
            leave(exitUrl());
        }
    });

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

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUpReadAloud);
    } else {
        setUpReadAloud();
    }
})();
