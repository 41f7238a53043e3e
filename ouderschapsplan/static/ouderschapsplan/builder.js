/* Ouderschapsplan maken: small enhancements; everything works without them. */
(function () {
    "use strict";

    function ready(callback) {
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", callback);
        } else {
            callback();
        }
    }

    ready(function () {
        /* GOV.UK pattern: move focus to the error summary so it is read out first. */
        var summary = document.querySelector("[data-error-summary]");
        if (summary) {
            summary.focus();
        }

        /* A print button where the browser can print; without JavaScript the text says how. */
        var printButton = document.querySelector("[data-print]");
        if (printButton && typeof window.print === "function") {
            printButton.hidden = false;
            printButton.addEventListener("click", function () {
                window.print();
            });
        }
    });
})();
