// YASGUI on our own /sparql, with the example queries as buttons that load and run a query.
// Only local autocompleters: the "class" and "property" ones would call a remote vocabulary service.
(function () {
  "use strict";
  const root = document.getElementById("yasgui");
  if (!root || typeof Yasgui === "undefined") return;
  const endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters
    .filter((name) => name !== "class" && name !== "property");
  const buttons = [...document.querySelectorAll("button.example")];
  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
  });
  const tab = yasgui.getTab();
  if (tab && buttons.length) tab.setQuery(buttons[0].dataset.query);
  document.querySelectorAll("a.example-link").forEach((a) => { a.hidden = true; });
  buttons.forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const current = yasgui.getTab();
      current.setQuery(button.dataset.query);
      current.query().catch(() => {});
    });
  });
  window.newsgraphYasgui = yasgui;   // for the browser tests and for the curious
})();
