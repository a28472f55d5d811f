//! A client account's trading set-up as Operations makes it: two sellers, two buyers, each
//! buyer linked to one seller, and a third seller linked to nobody.

use app::backend::services::acting::Acting;
use app::backend::services::trading::buyers::{self, NewBuyer};
use app::backend::services::{tenancy::accounts, trading::sellers};
use app::backend::AppState;
use app::validation::{Address, Contact, LicenseeInput, ValidAddress, ValidContact};

pub fn berlin() -> ValidAddress {
    ValidAddress {
        address_line1: Some("Friedrichstraße 1".into()),
        city: Some("Berlin".into()),
        country: Some("DE".into()),
        ..Default::default()
    }
}

pub fn person() -> ValidContact {
    ValidContact {
        first_name: Some("Ada".into()),
        last_name: Some("Lovelace".into()),
        email: Some("ada@example.com".into()),
        phone: None,
    }
}

/// The wizard filled in, using the buyer's address.
pub fn wizard(name: &str, buyer: &str, seller: &str) -> LicenseeInput {
    LicenseeInput {
        name: name.into(),
        external_ref: "CC-1042".into(),
        buyer_id: buyer.into(),
        seller_id: seller.into(),
        use_buyer_address: true,
        address: Address::default(),
        contact: Contact {
            contact_first_name: "Grace".into(),
            contact_last_name: "Hopper".into(),
            contact_email: "grace@example.com".into(),
            contact_phone: String::new(),
        },
        logo: None,
        ..Default::default()
    }
}

pub struct Trading {
    /// Sells to `research`.
    pub de: String,
    /// Sells to `retail`.
    pub uk: String,
    /// Linked to no account.
    pub lone: String,
    pub research: String,
    pub retail: String,
}

pub async fn set_up(state: &AppState, client_acc: &str) -> Trading {
    let db = &state.db;
    let ops = accounts::create(
        db,
        &state.config.secret_key,
        "Platform Operations",
        "Operations",
        None,
    )
    .await
    .unwrap();
    let in_ops = Acting::system(&ops.id, "operations test");
    let in_client = Acting::system(client_acc, "operations test");
    let mut ids = vec![];
    for (name, currency) in [("Seller DE", "EUR"), ("Seller UK", "GBP"), ("Lone", "USD")] {
        let x = sellers::create(db, &in_ops, name, &berlin(), &[currency.into()])
            .await
            .unwrap();
        ids.push(x.id);
    }
    let mut buyer_ids = vec![];
    for name in ["Acme Research", "Acme Retail"] {
        let new = NewBuyer {
            name: name.into(),
            tax_number: "DE123456789".into(),
            address: berlin(),
            contact: person(),
        };
        let b = buyers::create(db, &in_client, new).await.unwrap();
        buyer_ids.push(b.id);
    }
    let (research, retail) = (buyer_ids[0].clone(), buyer_ids[1].clone());
    sellers::link(db, &in_client, &ids[0], Some(&research))
        .await
        .unwrap();
    sellers::link(db, &in_client, &ids[1], Some(&retail))
        .await
        .unwrap();
    Trading {
        de: ids[0].clone(),
        uk: ids[1].clone(),
        lone: ids[2].clone(),
        research,
        retail,
    }
}
