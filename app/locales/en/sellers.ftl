### sellers_page.rs: the sellers that invoice this account

sellers-title = Sellers
sellers-subtitle = The platform operator's legal entities that invoice this account. Read only: the platform operator manages them.
sellers-loading = Loading sellers…
sellers-empty = No seller is linked to this account yet.
sellers-seller = Seller
sellers-address = Address
sellers-currencies = Currencies
sellers-buyers = Buyers

### seller_page.rs: one seller

sellers-back = ← Sellers
sellers-loading-one = Loading the seller…
sellers-linked-buyers = Linked buyers
sellers-no-buyers = None of this account's buyers
sellers-managed = Sellers are managed by the platform operator.
sellers-search-placeholder = Name, address or currency
