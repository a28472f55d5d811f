//! Buyers, sellers and licensees at the service level, on SQLite and PostgreSQL: Operations
//! creates and links, a client creates and enables a licensee, disabling the buyer makes it
//! unavailable, and a member scoped to one buyer sees nothing of the other.

use crate::common::*;
use app::backend::entities::{group, group_buyer, membership};
use app::backend::services::acting::Acting;
use app::backend::services::trading::buyer_scope::{self, BuyerScope};
use app::backend::services::trading::buyers::{self, NewBuyer};
use app::backend::services::{
    audit::audit_verify, people::groups, tenancy::accounts, trading::licensees, trading::sellers,
};
use app::error::AppError;
use app::model::{BuyerStatus, LicenseeStatus};
use app::permissions::{Level, Module, Role};
use app::validation::{Address, Contact, LicenseeInput, ValidAddress, ValidContact};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

fn berlin() -> ValidAddress {
    ValidAddress {
        address_line1: Some("Friedrichstraße 1".into()),
        city: Some("Berlin".into()),
        country: Some("DE".into()),
        ..Default::default()
    }
}

fn person() -> ValidContact {
    ValidContact {
        first_name: Some("Ada".into()),
        last_name: Some("Lovelace".into()),
        email: Some("ada@example.com".into()),
        phone: None,
    }
}

fn wizard(buyer: &str, seller: &str) -> LicenseeInput {
    LicenseeInput {
        name: "Research lab".into(),
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

#[tokio::test]
async fn operations_links_a_client_creates_licensees_and_scopes_hold() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let db = &app.state.db;
        let key = &app.state.config.secret_key;
        let ops = accounts::create(db, key, "Platform Operations", "Operations", None)
            .await
            .unwrap();
        let (client_acc, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let (other_acc, _) = account_with(&app.state, "Globex", Role::Admin).await;
        let in_ops = Acting::system(&ops.id, "operations test");
        let who = Acting::system(&client_acc, "operations test");
        // The platform operator acting in the client account (Operations pages, API).
        let operator = Acting {
            operations: true,
            ..who.clone()
        };

        let de = sellers::create(db, &in_ops, "Seller DE", &berlin(), &["EUR".into()])
            .await
            .unwrap();
        let uk = sellers::create(db, &in_ops, "Seller UK", &berlin(), &["GBP".into()])
            .await
            .unwrap();
        let new = |name: &str| NewBuyer {
            name: name.into(),
            tax_number: "DE123456789".into(),
            address: berlin(),
            contact: person(),
        };
        let research = buyers::create(db, &who, new("Acme Research"))
            .await
            .unwrap();
        let retail = buyers::create(db, &who, new("Acme Retail")).await.unwrap();
        sellers::link(db, &who, &de.id, Some(&research.id))
            .await
            .unwrap();
        sellers::link(db, &who, &uk.id, Some(&retail.id))
            .await
            .unwrap();

        let all = BuyerScope::All;
        let listed = buyers::list(db, &client_acc, &all).await.unwrap();
        assert_eq!(listed.len(), 2, "{backend}");
        assert_eq!(listed[0].sellers[0].name, "Seller DE");
        let seen = sellers::list_for_account(db, &client_acc).await.unwrap();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].buyers[0].id, research.id);
        assert!(sellers::list_for_account(db, &other_acc)
            .await
            .unwrap()
            .is_empty());

        // The wizard: the seller must be one of the buyer's.
        let wrong = wizard(&research.id, &uk.id).validate().unwrap();
        let e = licensees::create(db, &who, &all, wrong).await.unwrap_err();
        assert!(
            e.field_errors().contains_key("seller_id"),
            "{backend}: {e:?}"
        );
        let lab = licensees::create(
            db,
            &who,
            &all,
            wizard(&research.id, &de.id).validate().unwrap(),
        )
        .await
        .unwrap();
        assert_eq!((lab.status, lab.available), (LicenseeStatus::New, false));
        assert_eq!(lab.address.city, "Berlin", "{backend}: the buyer's address");
        let lab = licensees::set_enabled(db, &who, &all, &lab.id, true)
            .await
            .unwrap();
        assert!(lab.available, "{backend}");
        let b = buyers::find(db, &client_acc, &all, &research.id)
            .await
            .unwrap();
        assert_eq!(b.status, "Active", "{backend}: first active licensee");

        // Disabling the buyer makes its licensees unavailable and closes them to new use.
        buyers::set_enabled(db, &who, &all, &research.id, false)
            .await
            .unwrap();
        let lab = licensees::get(db, &client_acc, &all, &lab.id)
            .await
            .unwrap();
        assert_eq!(lab.buyer_status, BuyerStatus::Disabled);
        assert!(!lab.available, "{backend}");
        licensees::set_enabled(db, &who, &all, &lab.id, false)
            .await
            .unwrap();
        let again = licensees::set_enabled(db, &who, &all, &lab.id, true).await;
        assert!(matches!(again, Err(AppError::BadRequest(_))), "{backend}");
        let more = licensees::create(
            db,
            &who,
            &all,
            wizard(&research.id, &de.id).validate().unwrap(),
        )
        .await
        .unwrap_err();
        assert!(more.field_errors().contains_key("buyer_id"));
        // The client undoes its own disabling; not one made by Operations.
        buyers::set_enabled(db, &who, &all, &research.id, true)
            .await
            .unwrap();
        buyers::set_enabled(db, &operator, &all, &research.id, false)
            .await
            .unwrap();
        let refused = buyers::set_enabled(db, &who, &all, &research.id, true).await;
        assert!(matches!(refused, Err(AppError::BadRequest(_))), "{backend}");
        buyers::set_enabled(db, &operator, &all, &research.id, true)
            .await
            .unwrap();

        // A member whose only group is limited to Acme Retail sees only that buyer.
        add_member(&app.state, &client_acc, "scoped@acme.example", Role::Member).await;
        let m = membership::Entity::find()
            .filter(membership::Column::AccountId.eq(&client_acc))
            .filter(membership::Column::Email.eq("scoped@acme.example"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let g = groups::create_plain(
            db,
            &client_acc,
            "Retail team",
            "",
            &[
                (Module::Buyers, Level::View),
                (Module::Licensees, Level::View),
            ],
        )
        .await
        .unwrap();
        let mut gm: group::ActiveModel = g.clone().into();
        gm.buyers_scope = Set("selected".into());
        gm.update(db).await.unwrap();
        group_buyer::ActiveModel {
            group_id: Set(g.id.clone()),
            buyer_id: Set(retail.id.clone()),
            created_at: Set(0),
        }
        .insert(db)
        .await
        .unwrap();
        groups::set_members_groups(db, &client_acc, &m.id, std::slice::from_ref(&g.id))
            .await
            .unwrap();
        let scope = buyer_scope::of_member(db, &m).await.unwrap();
        assert_eq!(
            scope,
            BuyerScope::Only(vec![retail.id.clone()]),
            "{backend}"
        );
        let mine = buyers::list(db, &client_acc, &scope).await.unwrap();
        assert_eq!(
            mine.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
            ["Acme Retail"]
        );
        assert!(licensees::list(db, &client_acc, &scope, None)
            .await
            .unwrap()
            .is_empty());
        assert!(matches!(
            licensees::get(db, &client_acc, &scope, &lab.id).await,
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            buyers::find(db, &client_acc, &scope, &research.id).await,
            Err(AppError::NotFound)
        ));
        // Another account reaches nothing, even with the real ids.
        assert!(matches!(
            buyers::find(db, &other_acc, &all, &research.id).await,
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            licensees::get(db, &other_acc, &all, &lab.id).await,
            Err(AppError::NotFound)
        ));
        // The same through the server functions, as the scoped member's browser sees it.
        let mut c = Client::new(&app);
        c.sign_in("scoped@acme.example", PASSWORD).await;
        let listed = c.call("/sf/buyers/list", serde_json::json!({})).await;
        assert_eq!(listed.status, axum::http::StatusCode::OK, "{backend}");
        let names: Vec<&str> = listed
            .body
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|b| b["name"].as_str())
            .collect();
        assert_eq!(names, ["Acme Retail"], "{backend}");
        let hidden = c
            .call("/sf/licensees/get", serde_json::json!({"id": lab.id}))
            .await;
        assert_eq!(
            hidden.status,
            axum::http::StatusCode::NOT_FOUND,
            "{backend}"
        );
        let sellers_seen = c.call("/sf/sellers/list", serde_json::json!({})).await;
        assert_eq!(
            sellers_seen.body.as_array().map(Vec::len),
            Some(2),
            "{backend}"
        );
        assert!(audit_verify::verify(db, &client_acc)
            .await
            .unwrap()
            .intact());
    }
}
