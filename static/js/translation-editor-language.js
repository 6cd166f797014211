// wagtail-localize 1.14's translation editor writes two strings in English whatever the
// user's language: its heading ("español to francés translation") and the hidden name of its
// "More actions" button. Each time the editor draws them, this puts in their place the
// translations its template gives (wagtail_localize/admin/edit_translation.html).
(() => {
  const { englishHeading, heading, moreActions } = document.currentScript.dataset;
  const translations = new Map([
    [englishHeading, heading],
    ["More actions", moreActions],
  ]);

  const watch = () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) {
      return;
    }
    const translate = () => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const translation = translations.get(node.textContent.trim());
        if (translation !== undefined && translation !== node.textContent) {
          node.textContent = translation;
        }
      }
    };
    new MutationObserver(translate).observe(editor, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    translate();
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
