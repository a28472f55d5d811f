### sellers_page.rs: the sellers that invoice this account

sellers-title = Verkäufer
sellers-subtitle = Die Gesellschaften des Plattformbetreibers, die diesem Konto Rechnungen stellen. Nur lesbar: Der Plattformbetreiber verwaltet sie.
sellers-loading = Verkäufer werden geladen…
sellers-empty = Mit diesem Konto ist noch kein Verkäufer verknüpft.
sellers-seller = Verkäufer
sellers-address = Adresse
sellers-currencies = Währungen
sellers-buyers = Käufer

### seller_page.rs: one seller

sellers-back = ← Verkäufer
sellers-loading-one = Verkäufer wird geladen…
sellers-linked-buyers = Verknüpfte Käufer
sellers-no-buyers = Keiner der Käufer dieses Kontos
sellers-managed = Verkäufer werden vom Plattformbetreiber verwaltet.
sellers-search-placeholder = Name, Adresse oder Währung
