//! Outgoing e-mail through lettre: SMTP when `SMTP_URL` is set, otherwise every message is
//! written as an `.eml` file under `DATA_DIR/mail` (readable by people trying the console and
//! by the tests). Nothing calls [`Mailer::send`] but the mail queue's worker
//! (`services::mail_queue`), which retries what fails.

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
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
    /// The sender's display name; None keeps that of `MAIL_FROM`.
    pub from_name: Option<String>,
    pub subject: String,
    pub body: String,
    /// A file sent with the text: its name, media type and bytes.
    pub attachment: Option<(String, String, Vec<u8>)>,
}

/// Why a message was not sent. The detail is for the server log only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Retrying cannot help: the address is unusable, or the server refused for good (5xx).
    Permanent(String),
    /// The server could not be reached or deferred it (4xx): try again later.
    Transient(String),
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
                // The messages carry one-time links: only the server's user may read them.
                crate::backend::files::private_dir(&dir)
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

    pub async fn send(&self, mail: Mail) -> Result<(), SendError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| SendError::Permanent(format!("recipient address: {e}")))?;
        let from = match mail.from_name {
            Some(name) => Mailbox::new(Some(name), self.from.email.clone()),
            None => self.from.clone(),
        };
        let builder = Message::builder()
            .from(from)
            .to(to)
            .subject(mail.subject.clone());
        let message = match mail.attachment {
            None => builder.body(mail.body),
            Some((name, media_type, bytes)) => {
                let kind = ContentType::parse(&media_type)
                    .map_err(|e| SendError::Permanent(format!("attachment type: {e}")))?;
                builder.multipart(
                    MultiPart::mixed()
                        .singlepart(SinglePart::plain(mail.body))
                        .singlepart(Attachment::new(name).body(bytes, kind)),
                )
            }
        }
        .map_err(|e| SendError::Permanent(format!("building the message: {e}")))?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| {
                if e.is_permanent() {
                    SendError::Permanent(e.to_string())
                } else {
                    SendError::Transient(e.to_string())
                }
            }),
            Transport::Files(t, dir) => {
                let id = t
                    .send(message)
                    .await
                    .map_err(|e| SendError::Transient(e.to_string()))?;
                crate::backend::files::private_file(&dir.join(format!("{id}.eml")))
                    .map_err(|e| SendError::Transient(e.to_string()))
            }
        }
    }
}
