//! The buyers scope of groups at the service level, on SQLite and PostgreSQL: groups limited to
//! selected buyers add up for their members, one "all" group opens every buyer, only buyers of
//! the group's own account can be chosen, and every change is in the audit trail.

use crate::common::rest::*;
use crate::common::*;
use app::backend::entities::{audit_record, group_buyer, membership};
use app::backend::services::acting::Acting;
use app::backend::services::trading::buyer_scope::{self, BuyerScope};
use app::backend::services::trading::buyers::{self, NewBuyer};
use app::backend::services::{audit::audit_verify, people::group_admin, people::groups};
use app::model::{AuditChange, BuyersScope, GroupDto};
use app::permissions::{Level, Module, Role};
use app::validation::{GroupInput, ValidAddress, ValidContact};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

fn buyer(name: &str) -> NewBuyer {
    NewBuyer {
        name: name.into(),
        tax_number: "DE123456789".into(),
        address: ValidAddress {
            city: Some("Berlin".into()),
            country: Some("DE".into()),
            ..Default::default()
        },
        contact: ValidContact::default(),
    }
}

fn input(name: &str, scope: BuyersScope, buyer_ids: &[&str], members: &[&str]) -> GroupInput {
    GroupInput {
        name: name.into(),
        modules: [
            (Module::Sellers, Level::View),
            (Module::Buyers, Level::View),
        ]
        .into(),
        member_ids: members.iter().map(|m| m.to_string()).collect(),
        buyers_scope: scope,
        buyer_ids: buyer_ids.iter().map(|b| b.to_string()).collect(),
        ..Default::default()
    }
}

async fn member(db: &DatabaseConnection, account: &str, email: &str) -> membership::Model {
    membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account))
        .filter(membership::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn group(db: &DatabaseConnection, account: &str, id: &str) -> GroupDto {
    groups::details(db, account)
        .await
        .unwrap()
        .into_iter()
        .find(|g| g.id == id)
        .unwrap()
}

#[tokio::test]
async fn selected_buyers_add_up_and_stay_in_the_account() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let db = &app.state.db;
        let (acc, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let (other, _) = account_with(&app.state, "Globex", Role::Admin).await;
        let who = Acting::system(&acc, "group test");
        let in_other = Acting::system(&other, "group test");
        let research = buyers::create(db, &who, buyer("Acme Research"))
            .await
            .unwrap()
            .id;
        let retail = buyers::create(db, &who, buyer("Acme Retail"))
            .await
            .unwrap()
            .id;
        let labs = buyers::create(db, &who, buyer("Acme Labs"))
            .await
            .unwrap()
            .id;
        let foreign = buyers::create(db, &in_other, buyer("Globex Trading"))
            .await
            .unwrap()
            .id;
        let (research, retail) = (research.as_str(), retail.as_str());
        let (labs, foreign) = (labs.as_str(), foreign.as_str());
        add_member(&app.state, &acc, "two@acme.example", Role::Member).await;
        add_member(&app.state, &acc, "three@acme.example", Role::Member).await;
        let two = member(db, &acc, "two@acme.example").await;
        let three = member(db, &acc, "three@acme.example").await;
        let both = [two.id.as_str(), three.id.as_str()];

        // Two "selected" groups: their members see the union of the buyers.
        let create = |g: GroupInput| group_admin::create(db, &who, g);
        let g1 = create(input("Research", BuyersScope::Selected, &[research], &both))
            .await
            .unwrap();
        let retail_twice = input("Retail", BuyersScope::Selected, &[retail, retail], &both);
        let g2 = create(retail_twice.validate().unwrap()).await.unwrap();
        let scope = buyer_scope::of_member(db, &two).await.unwrap();
        let mut union = vec![research.to_string(), retail.to_string()];
        union.sort();
        assert_eq!(scope, BuyerScope::Only(union), "{backend}");
        let dto = group(db, &acc, &g2).await;
        assert_eq!(dto.buyers_scope, BuyersScope::Selected);
        assert_eq!(
            dto.buyers
                .iter()
                .map(|b| b.name.as_str())
                .collect::<Vec<_>>(),
            ["Acme Retail"],
            "{backend}: deduplicated"
        );

        // One "all" group opens every buyer.
        create(input(
            "Everyone",
            BuyersScope::All,
            &[],
            &[three.id.as_str()],
        ))
        .await
        .unwrap();
        let scope = buyer_scope::of_member(db, &three).await.unwrap();
        assert_eq!(scope, BuyerScope::All, "{backend}");

        // Another account's buyer is refused, on create and on update, and never named.
        let e = create(input("Spy", BuyersScope::Selected, &[foreign], &[]))
            .await
            .unwrap_err();
        assert_eq!(
            e.field_errors().get("buyer_ids").map(String::as_str),
            Some("This buyer is not in this account."),
            "{backend}"
        );
        let e = group_admin::update(
            db,
            &g1,
            1,
            &who,
            input(
                "Research",
                BuyersScope::Selected,
                &[research, foreign],
                &both,
            ),
        )
        .await
        .unwrap_err();
        assert!(e.field_errors().contains_key("buyer_ids"), "{backend}");
        assert!(!format!("{e:?}").contains("Globex"));

        // Selected with no buyer is refused, by the validation and by the service.
        let none = input("Nobody", BuyersScope::Selected, &[], &[]);
        assert!(none.validate().unwrap_err().contains_key("buyer_ids"));
        let e = create(none).await.unwrap_err();
        assert!(e.field_errors().contains_key("buyer_ids"), "{backend}");

        // The default group stays on all buyers.
        let admins = group(db, &acc, &default_group(&app.state, &acc).await).await;
        let mut locked = input("Administrators", BuyersScope::Selected, &[labs], &[]);
        locked.modules = admins.modules.clone();
        let e = group_admin::update(db, &admins.id, admins.revision, &who, locked)
            .await
            .unwrap_err();
        assert!(e.field_errors().contains_key("buyers_scope"), "{backend}");

        // Widening and narrowing a group are audited with the buyers' names.
        group_admin::update(
            db,
            &g1,
            1,
            &who,
            input("Research", BuyersScope::Selected, &[labs, research], &both),
        )
        .await
        .unwrap();
        let changes = last_changes(db, &g1).await;
        assert_eq!(
            change(&changes, "buyers"),
            Some((
                Some("Acme Research".into()),
                Some("Acme Labs, Acme Research".into())
            )),
            "{backend}: {changes:?}"
        );
        assert_eq!(change(&changes, "buyers_scope"), None, "unchanged");
        group_admin::update(
            db,
            &g1,
            2,
            &who,
            input("Research", BuyersScope::All, &[labs], &both),
        )
        .await
        .unwrap();
        let changes = last_changes(db, &g1).await;
        assert_eq!(
            change(&changes, "buyers_scope"),
            Some((Some("selected".into()), Some("all".into()))),
            "{backend}: {changes:?}"
        );
        assert_eq!(
            change(&changes, "buyers"),
            Some((Some("Acme Labs, Acme Research".into()), None))
        );
        let dto = group(db, &acc, &g1).await;
        assert_eq!((dto.buyers_scope, dto.buyers.len()), (BuyersScope::All, 0));
        assert_eq!(
            links(db, &g1).await,
            0,
            "{backend}: all buyers keeps no rows"
        );

        // Deleting a group deletes its buyers with it.
        let gone = create(input("Short-lived", BuyersScope::Selected, &[labs], &[]))
            .await
            .unwrap();
        assert_eq!(links(db, &gone).await, 1);
        group_admin::delete(db, &gone, &who).await.unwrap();
        assert_eq!(links(db, &gone).await, 0, "{backend}");

        // The editor's choices: the account's buyers only, by name.
        let choices = groups::buyer_choices(db, &acc, &BuyerScope::All)
            .await
            .unwrap();
        assert_eq!(
            choices.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["Acme Labs", "Acme Research", "Acme Retail"],
            "{backend}"
        );
        assert!(audit_verify::verify(db, &acc).await.unwrap().intact());
    }
}

async fn links(db: &DatabaseConnection, group_id: &str) -> u64 {
    group_buyer::Entity::find()
        .filter(group_buyer::Column::GroupId.eq(group_id))
        .count(db)
        .await
        .unwrap()
}

async fn last_changes(db: &DatabaseConnection, object_id: &str) -> Vec<AuditChange> {
    let records = audit_record::Entity::find()
        .filter(audit_record::Column::ObjectId.eq(object_id))
        .all(db)
        .await
        .unwrap();
    let last = records.into_iter().max_by_key(|r| r.seq).unwrap();
    serde_json::from_str(&last.changes).unwrap()
}

type Change = (Option<String>, Option<String>);

fn change(changes: &[AuditChange], field: &str) -> Option<Change> {
    changes
        .iter()
        .find(|c| c.field == field)
        .map(|c| (c.before.clone(), c.after.clone()))
}

#[tokio::test]
async fn the_scope_over_server_functions_and_rest() {
    let (_, db) = databases().await.remove(0);
    let app = app_for(db).await;
    let (account, _, mut c) = admin(&app).await;
    let who = Acting::system(&account, "group test");
    let b = buyers::create(&app.state.db, &who, buyer("Acme Research"))
        .await
        .unwrap();
    let named = json!([{"id": b.id, "name": "Acme Research"}]);
    let choices = c.call("/sf/groups/buyer_choices", json!({})).await;
    assert_eq!(choices.body, named);

    let doc = c.get("/api/v1/openapi.json").await.body;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["BuyersScope"]["enum"], json!(["all", "selected"]));
    let required = |s: &str| schemas[s]["required"].as_array().unwrap().clone();
    assert!(required("GroupDto").contains(&json!("buyers")));
    assert!(!required("GroupInput").contains(&json!("buyers_scope")));
    assert!(schemas["GroupPatch"]["properties"]["buyer_ids"].is_object());

    // A token gives only what it holds: the group grants Sellers view, so must it.
    let (_, secret) = create_token(&mut c, json!({"groups": "edit", "sellers": "view"})).await;
    let script = Script::token(&app, &secret);
    let body = json!({"name": "Research", "description": "", "modules": {"sellers": "view"},
        "member_ids": [], "buyers_scope": "selected", "buyer_ids": [b.id]});
    let r = script.send("POST", "/api/v1/groups", body).await;
    assert_eq!(r.status.as_u16(), 201, "{:?}", r.body);
    assert_eq!(
        (&r.body["buyers_scope"], &r.body["buyers"]),
        (&json!("selected"), &named)
    );
    let path = format!("/api/v1/groups/{}", r.body["id"].as_str().unwrap());
    let p = script
        .problem("PATCH", &path, json!({"revision": 1, "buyer_ids": []}), 422)
        .await;
    assert!(p.body["errors"]["buyer_ids"].is_string(), "{:?}", p.body);
    let r = script
        .send(
            "PATCH",
            &path,
            json!({"revision": 1, "buyers_scope": "all"}),
        )
        .await;
    assert_eq!(r.status.as_u16(), 200, "{:?}", r.body);
    assert_eq!(
        (&r.body["buyers_scope"], &r.body["buyers"]),
        (&json!("all"), &json!([]))
    );
}
