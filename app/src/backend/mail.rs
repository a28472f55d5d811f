//! Outgoing e-mail through lettre: SMTP when `SMTP_URL` is set, otherwise every message is
//! written as an `.eml` file under `DATA_DIR/mail` (readable by people trying the console and
//! by the tests). Messages are sent after the change they report has committed; a failed send
//! is logged and reported to the caller, never rolled into the change.

use crate::error::AppError;
use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    /// `smtp_url` like `smtp://user:pass@host:587` (STARTTLS) or `smtps://…` (TLS).
    pub fn new(smtp_url: Option<&str>, from: &str, dir: PathBuf) -> Result<Self, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("MAIL_FROM is not an address: {e}"))?;
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("SMTP_URL is not usable: {e}"))?
                    .build(),
            ),
            None => {
                std::fs::create_dir_all(&dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                Transport::Files(AsyncFileTransport::<Tokio1Executor>::new(&dir), dir)
            }
        };
        Ok(Mailer { transport, from })
    }

    /// Where file-transport messages go (None with SMTP).
    pub fn mail_dir(&self) -> Option<&PathBuf> {
        match &self.transport {
            Transport::Files(_, dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
    }

    pub async fn send(&self, mail: Mail) -> Result<(), AppError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| AppError::field("email", "This e-mail address cannot receive mail."))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .body(mail.body)
            .map_err(|e| {
                tracing::error!(error = %e, "could not build an e-mail");
                AppError::Internal
            })?;
        let result = match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Files(t, _) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        };
        result.map_err(|e| {
            tracing::error!(error = %e, subject = %mail.subject, "sending an e-mail failed");
            AppError::Internal
        })
    }
}
