//! `server seed-demo`: one account filled with realistic data, for trying the console.

use app::backend::clock::now_ms;
use app::backend::crypto::{hash_password, random_password, SecretKey};
use app::backend::entities::{account, audit_head, audit_record};
use app::backend::services::audit::{self, chain_hash, Actor, AuditEntry, ClientInfo};
use app::backend::services::{accounts, groups, users};
use app::ids::{self, IdKind};
use app::permissions::Role;
use app::validation::Email;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

const PEOPLE: [(&str, &str, &str, Role); 5] = [
    ("Maria", "Garcia", "maria.garcia", Role::Admin),
    ("Jonas", "Becker", "jonas.becker", Role::Creator),
    ("Aiko", "Tanaka", "aiko.tanaka", Role::Member),
    ("Samuel", "Okafor", "samuel.okafor", Role::Agent),
    ("Chloé", "Martin", "chloe.martin", Role::Member),
];

fn e(err: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{err:?}")
}

pub async fn seed_demo(
    db: &DatabaseConnection,
    key: &SecretKey,
    extra_audit: u64,
    extra_users: u64,
) -> anyhow::Result<String> {
    let password = random_password();
    let hash = hash_password(password.clone()).await.map_err(e)?;
    let system = Actor::system("server seed-demo");
    let client = ClientInfo {
        ip: "203.0.113.10".into(),
        user_agent: "seed-demo".into(),
    };

    let tx = db.begin().await?;
    let acc = accounts::create(
        &tx,
        key,
        "Northwind Traders",
        "Client",
        Some(system.name.clone()),
    )
    .await
    .map_err(e)?;
    let mut am: account::ActiveModel = acc.clone().into();
    am.website = Set(Some("https://northwind.example".into()));
    am.support_email = Set(Some("support@northwind.example".into()));
    am.description = Set(Some(
        "Wholesale distributor of specialty foods across Europe.".into(),
    ));
    am.address_line1 = Set(Some("Friedrichstraße 123".into()));
    am.city = Set(Some("Berlin".into()));
    am.postcode = Set(Some("10117".into()));
    am.country = Set(Some("DE".into()));
    am.timezone = Set("Europe/Berlin".into());
    am.legal_name = Set(Some("Northwind Traders GmbH".into()));
    am.tax_id = Set(Some("DE123456789".into()));
    am.industry = Set(Some("Retail".into()));
    am.company_size = Set(Some("201-1000".into()));
    am.update(&tx).await?;
    tx.commit().await?;

    let tx = audit::begin(db, &acc.id).await.map_err(e)?;
    let suffix = &acc.id[4..8];
    let admins = groups::ensure_default(&tx, &acc.id).await.map_err(e)?;
    let staff = groups::create_plain(
        &tx,
        &acc.id,
        "Staff",
        "Everyone else: sees the account and its audit trail.",
        &[
            (
                app::permissions::Module::Account,
                app::permissions::Level::View,
            ),
            (
                app::permissions::Module::Audit,
                app::permissions::Level::View,
            ),
        ],
    )
    .await
    .map_err(e)?;
    let mut sign_in = Vec::new();
    for (first, last, local, role) in PEOPLE {
        let email = Email::try_from(format!("{local}.{suffix}@northwind.example").as_str())
            .map_err(anyhow::Error::msg)?;
        let u = users::insert_user(&tx, &email, first, last, hash.clone())
            .await
            .map_err(e)?;
        let m = users::insert_membership(&tx, &acc.id, &u, role, "Active")
            .await
            .map_err(e)?;
        let group = if role == Role::Admin { &admins } else { &staff };
        groups::set_members_groups(&tx, &acc.id, &m.id, std::slice::from_ref(&group.id))
            .await
            .map_err(e)?;
        audit::append(
            &tx,
            &acc.id,
            &system,
            &client,
            AuditEntry {
                action: "users.membership.create".into(),
                object_type: "membership".into(),
                object_id: m.id,
                object_name: u.email.clone(),
                summary: format!("Added {first} {last} as {}", role.as_str()),
                changes: vec![audit::masked("role", None, Some(role.as_str().into()))],
            },
        )
        .await
        .map_err(e)?;
        sign_in.push((u.email, role));
    }
    tx.commit().await?;

    if extra_audit > 0 {
        bulk_audit(db, &acc.id, extra_audit).await?;
    }
    if extra_users > 0 {
        bulk_members(db, &acc.id, extra_users).await?;
    }
    let mut out = format!(
        "Demo account {} (Northwind Traders) created.\nEvery demo person's password: {password}\n",
        acc.id
    );
    for (email, role) in sign_in {
        out.push_str(&format!("  {:<8} {email}\n", role.as_str()));
    }
    if extra_audit > 0 {
        out.push_str(&format!("Plus {extra_audit} generated audit records.\n"));
    }
    if extra_users > 0 {
        out.push_str(&format!(
            "Plus {extra_users} generated members (they cannot sign in).\n"
        ));
    }
    Ok(out)
}

/// Appends many chained records quickly (batches, one transaction each) for scale trials.
pub async fn bulk_audit(db: &DatabaseConnection, account_id: &str, n: u64) -> anyhow::Result<()> {
    const ACTIONS: [&str; 4] = [
        "account.account.update",
        "auth.session.sign_in",
        "auth.session.sign_out",
        "account.logo.update",
    ];
    let mut done = 0u64;
    while done < n {
        let batch = (n - done).min(500);
        let tx = audit::begin(db, account_id).await.map_err(e)?;
        let head = audit_head::Entity::find_by_id(account_id.to_string())
            .one(&tx)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no chain head"))?;
        let mut prev = head.last_hash.clone();
        let mut rows = Vec::with_capacity(batch as usize);
        let now = now_ms();
        for i in 0..batch {
            let k = (done + i) as usize;
            let mut r = audit_record::Model {
                seq: 0,
                id: ids::generate(IdKind::Audit),
                account_id: account_id.into(),
                at: now,
                actor_type: "user".into(),
                actor_id: format!("USR-0000-{:04}", k % 50),
                actor_name: format!("Demo User {}", k % 50),
                action: ACTIONS[k % ACTIONS.len()].into(),
                object_type: "account".into(),
                object_id: account_id.into(),
                object_name: "Northwind Traders".into(),
                summary: format!("Generated record {k}"),
                changes: "[]".into(),
                ip: format!("198.51.100.{}", k % 250),
                user_agent: "seed-demo".into(),
                prev_hash: prev.clone(),
                hash: String::new(),
            };
            r.hash = chain_hash(&prev, &r);
            prev = r.hash.clone();
            let mut am: audit_record::ActiveModel = r.into();
            am.seq = sea_orm::NotSet;
            rows.push(am);
        }
        audit_record::Entity::insert_many(rows).exec(&tx).await?;
        audit_head::Entity::update_many()
            .col_expr(audit_head::Column::LastHash, Expr::value(prev))
            .col_expr(
                audit_head::Column::RecordCount,
                Expr::col(audit_head::Column::RecordCount).add(batch as i64),
            )
            .filter(audit_head::Column::AccountId.eq(account_id))
            .exec(&tx)
            .await?;
        tx.commit().await?;
        done += batch;
    }
    Ok(())
}

/// Adds `n` generated people (no password: they cannot sign in) for trying the Users list at
/// scale. Batches of 500 rows, one transaction each.
pub async fn bulk_members(db: &DatabaseConnection, account_id: &str, n: u64) -> anyhow::Result<()> {
    use app::backend::entities::{membership, user};
    const FIRST: [&str; 10] = [
        "Anna", "Ben", "Chen", "Dara", "Elif", "Femi", "Gustav", "Hana", "Ivan", "Júlia",
    ];
    const LAST: [&str; 10] = [
        "Smith", "Müller", "Rossi", "Kowalski", "Dubois", "Silva", "Nakamura", "Okoro", "Larsen",
        "García",
    ];
    const ROLES: [&str; 4] = ["Member", "Creator", "Agent", "Admin"];
    let tag = app::backend::crypto::random_secret(6).to_lowercase();
    let base = app::backend::clock::now_ms() - (n as i64) * 1000;
    let mut done = 0u64;
    while done < n {
        let batch = (n - done).min(500);
        let tx = db.begin().await?;
        let mut us = Vec::with_capacity(batch as usize);
        let mut ms = Vec::with_capacity(batch as usize);
        for i in 0..batch {
            let k = done + i;
            let at = base + k as i64 * 1000;
            let uid = format!("USR-9{:03}-{:04}", (k / 10_000) % 1000, k % 10_000);
            let uid = format!("{uid}-{tag}");
            us.push(user::ActiveModel {
                id: Set(uid.clone()),
                email: Set(format!("person{k}.{tag}@scale.example")),
                first_name: Set(FIRST[(k % 10) as usize].into()),
                last_name: Set(LAST[((k / 10) % 10) as usize].into()),
                password_hash: Set(String::new()),
                status: Set("Active".into()),
                created_at: Set(at),
                updated_at: Set(at),
                last_login_at: Set(None),
            });
            ms.push(membership::ActiveModel {
                id: Set(format!(
                    "AUSR-9{:03}-{:04}-{tag}",
                    (k / 10_000) % 1000,
                    k % 10_000
                )),
                account_id: Set(account_id.into()),
                user_id: Set(uid),
                role: Set(ROLES[(k % 4) as usize].into()),
                status: Set(if k.is_multiple_of(17) {
                    "Disabled"
                } else {
                    "Active"
                }
                .into()),
                created_at: Set(at),
                updated_at: Set(at),
                last_login_at: Set(k.is_multiple_of(3).then_some(at + 3_600_000)),
                invite_expires_at: Set(None),
                email: Set(format!("person{k}.{tag}@scale.example")),
                sort_name: Set(app::backend::services::users::sort_name(
                    FIRST[(k % 10) as usize],
                    LAST[((k / 10) % 10) as usize],
                )),
            });
        }
        user::Entity::insert_many(us).exec(&tx).await?;
        membership::Entity::insert_many(ms).exec(&tx).await?;
        tx.commit().await?;
        done += batch;
    }
    Ok(())
}
