//! `server seed-demo`: one account filled with realistic data, for trying the console.

use app::backend::clock::now_ms;
use app::backend::crypto::{hash_password, random_password, SecretKey};
use app::backend::entities::{account, audit_head, audit_record};
use app::backend::services::audit::{self, chain_hash, Actor, AuditEntry, ClientInfo};
use app::backend::services::{identity::users, people::groups, tenancy::accounts};
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

    // Generated history goes first: record times never go backwards within a chain, so the
    // past has to be written before the present.
    if extra_audit > 0 {
        bulk_audit(db, &acc.id, extra_audit).await?;
    }
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

    if extra_users > 0 {
        bulk_members(db, &acc.id, extra_users).await?;
    }
    let operations =
        crate::seed_trading::seed_trading(db, key, &acc.id, hash.clone(), suffix).await?;
    crate::seed_billing::seed_billing(db, &acc.id).await?;
    let mut out = format!(
        "Demo account {} (Northwind Traders) created.\nEvery demo person's password: {password}\n",
        acc.id
    );
    for (email, role) in sign_in {
        out.push_str(&format!("  {:<8} {email}\n", role.as_str()));
    }
    out.push_str(&operations);
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

/// Appends `n` chained records of generated history, spread evenly over the two years before
/// now, quickly (batches of 1,000 rows, one transaction each), for trying the audit trail at
/// scale. Actors, actions, objects and addresses vary the way a busy account's would.
pub async fn bulk_audit(db: &DatabaseConnection, account_id: &str, n: u64) -> anyhow::Result<()> {
    const FIRST: [&str; 8] = [
        "Anna", "Ben", "Chen", "Dara", "Elif", "Femi", "Gustav", "Hana",
    ];
    const LAST: [&str; 5] = ["Smith", "Müller", "Rossi", "Okoro", "Larsen"];
    const TOKENS: [&str; 4] = ["CI deploy", "Billing sync", "CRM import", "Reporting"];
    const WORDS: [&str; 8] = [
        "quarterly",
        "warehouse",
        "Lisbon",
        "pricing",
        "onboarding",
        "retail",
        "audit",
        "EMEA",
    ];
    const KINDS: [(&str, &str, &str); 8] = [
        ("membership", "AUSR-0000-0000-", "users.membership.update"),
        ("membership", "AUSR-0000-0000-", "users.invitation.create"),
        ("group", "UGR-0000-", "groups.group.update"),
        ("api_token", "TKN-0000-", "api_tokens.token.rotate"),
        ("account", "", "account.account.update"),
        ("user", "USR-0000-", "auth.session.sign_in"),
        ("user", "USR-0000-", "auth.session.sign_out"),
        ("user", "USR-0000-", "auth.session.sign_in_failed"),
    ];
    let span = 730 * 86_400_000i64;
    let end = now_ms() - 3_600_000;
    let step = (span / n.max(1) as i64).max(1);
    let mut done = 0u64;
    while done < n {
        let batch = (n - done).min(1000);
        let tx = audit::begin(db, account_id).await.map_err(e)?;
        let head = audit_head::Entity::find_by_id(account_id.to_string())
            .one(&tx)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no chain head"))?;
        let mut prev = head.last_hash.clone();
        let mut last_at = head.last_at;
        let mut rows = Vec::with_capacity(batch as usize);
        for i in 0..batch {
            let k = (done + i) as usize;
            // A cheap scramble so neighbouring records differ the way real traffic does.
            let h = k.wrapping_mul(2_654_435_761) >> 7;
            let (kind, prefix, action) = KINDS[h % KINDS.len()];
            let object_id = match kind {
                "account" => account_id.to_string(),
                _ => format!("{prefix}{:04}", h % 400),
            };
            let (actor_type, actor_id, actor_name) = if h.is_multiple_of(10) {
                (
                    "token",
                    format!("TKN-0000-{:04}", h % 4),
                    TOKENS[h % 4].to_string(),
                )
            } else {
                let p = h % 40;
                (
                    "user",
                    format!("USR-0000-{p:04}"),
                    format!("{} {}", FIRST[p % 8], LAST[p / 8]),
                )
            };
            let ip = if h.is_multiple_of(7) {
                format!("2001:db8::{:x}", h % 300)
            } else {
                format!("198.51.100.{}", h % 250)
            };
            let at = (end - span + k as i64 * step).max(last_at);
            last_at = at;
            let mut r = audit_record::Model {
                seq: 0,
                id: ids::generate(IdKind::Audit),
                account_id: account_id.into(),
                at,
                actor_type: actor_type.into(),
                actor_id,
                actor_name,
                action: action.into(),
                object_type: kind.into(),
                object_name: format!("{kind} {object_id}"),
                object_id,
                summary: format!(
                    "Generated {action} about the {} {} plan (record {k})",
                    WORDS[h % 8],
                    WORDS[(h / 8) % 8]
                ),
                changes: "[]".into(),
                ip,
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
            .col_expr(audit_head::Column::LastAt, Expr::value(last_at))
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
            us.push(app::backend::services::identity::users::new_user(
                uid.clone(),
                &format!("person{k}.{tag}@scale.example"),
                FIRST[(k % 10) as usize],
                LAST[((k / 10) % 10) as usize],
                String::new(),
                at,
            ));
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
                sort_name: Set(app::backend::services::identity::users::sort_name(
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
