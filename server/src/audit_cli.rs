//! `server audit verify`: the chain check an auditor can run next to the database.

use app::backend::services::audit::audit_verify;
use sea_orm::DatabaseConnection;

/// Prints one line per account; false when any chain is broken.
pub async fn verify(db: &DatabaseConnection, account: Option<String>) -> anyhow::Result<bool> {
    let err = |e: app::error::AppError| anyhow::anyhow!("{e:?}");
    let accounts = match account {
        Some(a) => vec![a],
        None => audit_verify::accounts_with_trail(db).await.map_err(err)?,
    };
    let mut all_intact = true;
    for id in accounts {
        let r = audit_verify::verify(db, &id).await.map_err(err)?;
        let from = if r.starts_after_seq > 0 {
            format!(", from the retention anchor after #{}", r.starts_after_seq)
        } else {
            String::new()
        };
        if r.intact() {
            println!(
                "{id}: intact, {} records checked in {} ms{from}",
                r.checked, r.elapsed_ms
            );
        } else {
            all_intact = false;
            let at = r
                .first_broken
                .as_deref()
                .map(|b| format!(" First broken record: {b}."))
                .unwrap_or_default();
            println!(
                "{id}: BROKEN after {} good records{from}.{at} {}",
                r.checked,
                r.problem.unwrap_or_default()
            );
        }
    }
    Ok(all_intact)
}
