//! `seed-demo`, continued: the platform operator's Operations account (with its own admin),
//! two sellers linked to the demo client, its buyers, and licensees in every status.

use app::backend::crypto::SecretKey;
use app::backend::services::acting::Acting;
use app::backend::services::audit::{Actor, ClientInfo};
use app::backend::services::trading::buyer_scope::BuyerScope;
use app::backend::services::trading::buyers::{self, NewBuyer};
use app::backend::services::{
    identity::users, people::groups, tenancy::accounts, tenancy::operations, trading::licensees,
    trading::sellers,
};
use app::permissions::Role;
use app::validation::{Address, Contact, Email, LicenseeInput, ValidAddress, ValidContact};
use sea_orm::{DatabaseConnection, TransactionTrait};

fn e(err: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{err:?}")
}

fn addr(line1: &str, city: &str, postcode: &str, country: &str) -> ValidAddress {
    ValidAddress {
        address_line1: Some(line1.into()),
        city: Some(city.into()),
        postcode: Some(postcode.into()),
        country: Some(country.into()),
        ..Default::default()
    }
}

fn contact(first: &str, last: &str, email: &str) -> ValidContact {
    ValidContact {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        email: Some(email.into()),
        phone: None,
    }
}

/// Returns the sign-in line of the Operations admin.
pub async fn seed_trading(
    db: &DatabaseConnection,
    key: &SecretKey,
    client_account: &str,
    password_hash: String,
    suffix: &str,
) -> anyhow::Result<String> {
    let system = Actor::system("server seed-demo");
    let client = ClientInfo {
        ip: "203.0.113.10".into(),
        user_agent: "seed-demo".into(),
    };
    let tx = db.begin().await?;
    let ops = accounts::create(
        &tx,
        key,
        "Platform Operations",
        operations::KIND,
        Some(system.name.clone()),
    )
    .await
    .map_err(e)?;
    let admins = groups::ensure_default(&tx, &ops.id).await.map_err(e)?;
    let email = Email::try_from(format!("ops.{suffix}@platform.example").as_str())
        .map_err(anyhow::Error::msg)?;
    let u = users::insert_user(&tx, &email, "Olivia", "Operator", password_hash)
        .await
        .map_err(e)?;
    let m = users::insert_membership(&tx, &ops.id, &u, Role::Admin, "Active")
        .await
        .map_err(e)?;
    groups::set_members_groups(&tx, &ops.id, &m.id, std::slice::from_ref(&admins.id))
        .await
        .map_err(e)?;
    tx.commit().await?;

    // The seed acts as the system, in the Operations account and in the demo client.
    let in_ops = Acting::system(&ops.id, &system.name).with_client(client.clone());
    let in_client = Acting::system(client_account, &system.name).with_client(client.clone());
    let eur = ["EUR".to_string(), "GBP".to_string()];
    let usd = ["USD".to_string()];
    let s1 = sellers::create(
        db,
        &in_ops,
        "Platform Europe B.V.",
        &addr("Herengracht 500", "Amsterdam", "1017 CB", "NL"),
        &eur,
    )
    .await
    .map_err(e)?;
    let s2 = sellers::create(
        db,
        &in_ops,
        "Platform Americas Inc.",
        &addr("500 Market Street", "San Francisco", "94105", "US"),
        &usd,
    )
    .await
    .map_err(e)?;
    let buyers_made = [
        (
            "Northwind Traders GmbH",
            "DE123456789",
            addr("Friedrichstraße 123", "Berlin", "10117", "DE"),
            contact("Maria", "Garcia", "billing@northwind.example"),
        ),
        (
            "Northwind Nordic AB",
            "SE556677889901",
            addr("Drottninggatan 10", "Stockholm", "111 51", "SE"),
            contact("Lars", "Nilsson", "ap.nordic@northwind.example"),
        ),
        (
            "Northwind USA LLC",
            "US12-3456789",
            addr("1 Harbor Way", "Boston", "02110", "US"),
            contact("Emily", "Clark", "ap.usa@northwind.example"),
        ),
    ];
    let mut made = Vec::new();
    for (name, tax, address, person) in buyers_made {
        let b = buyers::create(
            db,
            &in_client,
            NewBuyer {
                name: name.into(),
                tax_number: tax.into(),
                address,
                contact: person,
            },
        )
        .await
        .map_err(e)?;
        made.push(b.id);
    }
    for (seller, buyer) in [(&s1.id, &made[0]), (&s1.id, &made[1]), (&s2.id, &made[2])] {
        sellers::link(db, &in_client, seller, Some(buyer))
            .await
            .map_err(e)?;
    }
    let people = [
        ("Research and development", &made[0], &s1.id, true),
        ("Berlin sales office", &made[0], &s1.id, true),
        ("Stockholm warehouse", &made[1], &s1.id, false),
        ("Boston reseller desk", &made[2], &s2.id, true),
    ];
    for (i, (name, buyer, seller, enable)) in people.into_iter().enumerate() {
        let input = LicenseeInput {
            name: name.into(),
            resale: i == 3,
            external_ref: format!("CC-{}", 1040 + i),
            description: String::new(),
            buyer_id: buyer.clone(),
            seller_id: seller.clone(),
            use_buyer_address: true,
            address: Address::default(),
            contact: Contact {
                contact_first_name: "Alex".into(),
                contact_last_name: format!("Team {}", i + 1),
                contact_email: format!("licensee{}@northwind.example", i + 1),
                contact_phone: String::new(),
            },
            logo: None,
        };
        let valid = input.validate().map_err(|f| anyhow::anyhow!("{f:?}"))?;
        let l = licensees::create(db, &in_client, &BuyerScope::All, valid)
            .await
            .map_err(e)?;
        if enable {
            licensees::set_enabled(db, &in_client, &BuyerScope::All, &l.id, true)
                .await
                .map_err(e)?;
        }
    }
    Ok(format!(
        "Operations account {} (Platform Operations), same password:\n  {:<8} {}\n",
        ops.id, "Admin", u.email
    ))
}
