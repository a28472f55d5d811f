//! Who is acting: one owned value that every service changing something receives.
//!
//! Design: an [`Acting`] is built only by the edges, from a principal they have already
//! authenticated — the console's `Caller` (a session: `Caller::acting`) and the REST API's
//! `Api` (a token or the account credentials: `Api::acting`) — and, where there is no
//! request, by the code that runs as the system (the demo seed, tests: `Acting::system`). It
//! is never built from request input. A service reads the account it acts in, the audit
//! actor, the caller's IP and user agent, what the caller may give others (`grantor`) and
//! whether they are the platform operator from this one value, so no edge can pair one
//! caller with another account, another actor or another caller's rights.
//!
//! The self-protection rules (nobody demotes, disables or removes themself; only a token's
//! creator rotates it without being an Admin; nobody blocks their own sign-in) ask
//! [`Acting::is_self`] and `person_id`: account credentials and system jobs are no member
//! and no person, so those rules never match them.
//!
//! A service that by its nature acts on another account than the caller's (the Operations
//! services on a client account, identities across every account of a person) still names
//! that account explicitly; when it calls an account-level service on the client's behalf it
//! passes [`Acting::operator_in`], which keeps the operator's actor and client, so each
//! record goes into the chain it always went into.

use crate::backend::services::audit::{Actor, ClientInfo};
use crate::permissions::Grantor;

#[derive(Debug, Clone)]
pub struct Acting {
    /// The account the caller acts in (the session's current account, the token's or the
    /// credentials' account).
    pub account_id: String,
    /// None for account credentials and system jobs, which are no member.
    pub membership_id: Option<String>,
    /// The sign-in identity behind the call: the session's person, a token's creator. None
    /// for account credentials and system jobs.
    pub person_id: Option<String>,
    /// Who the audit trail names.
    pub actor: Actor,
    /// Where the request came from.
    pub client: ClientInfo,
    /// What the caller may give others: role, rights, buyers (a token's are its creator's
    /// role with its own rights and its creator's buyers).
    pub grantor: Grantor,
    /// The platform operator: an Admin of the Operations account, or that account's token
    /// (made by an Admin there, holding Account at edit) or credentials.
    pub operations: bool,
}

impl Acting {
    /// The system (CLI, seeds, jobs, tests) acting in `account_id`: the system actor, no
    /// member, no client address (see [`Acting::with_client`]), an Admin's full rights.
    pub fn system(account_id: &str, name: &str) -> Self {
        Acting {
            account_id: account_id.to_string(),
            membership_id: None,
            person_id: None,
            actor: Actor::system(name),
            client: ClientInfo::default(),
            grantor: Grantor::full_admin(),
            operations: false,
        }
    }

    /// The same, recorded with this IP and user agent.
    pub fn with_client(self, client: ClientInfo) -> Self {
        Acting { client, ..self }
    }

    /// Whether `membership_id` is the caller's own membership (never for account credentials
    /// or system jobs).
    pub fn is_self(&self, membership_id: &str) -> bool {
        self.membership_id.as_deref() == Some(membership_id)
    }

    /// The platform operator acting inside the client account `account_id` (which the
    /// Operations service has checked): the same actor, client and operator flag, a full
    /// Admin there, and no member of it.
    pub fn operator_in(&self, account_id: &str) -> Acting {
        debug_assert!(
            self.operations,
            "only the platform operator acts in a client account"
        );
        Acting {
            account_id: account_id.to_string(),
            membership_id: None,
            person_id: self.person_id.clone(),
            actor: self.actor.clone(),
            client: self.client.clone(),
            grantor: Grantor::full_admin(),
            operations: self.operations,
        }
    }
}
