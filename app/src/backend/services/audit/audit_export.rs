//! The lines of an audit export. The server streams them batch by batch (see the server's
//! `export` module); these functions only turn one record into one line.
//!
//! JSON Lines carries every column unchanged, so an export can be re-verified offline with
//! the chain rule. CSV is for spreadsheets: cells that look like formulas are neutralised.

use crate::backend::entities::audit_record;
use crate::backend::services::audit::to_dto;
use crate::util::csv::{self, LineEnd};
use crate::util::format_utc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    JsonLines,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::JsonLines => "application/x-ndjson",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::JsonLines => "jsonl",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::JsonLines => "JSON Lines",
        }
    }

    /// What comes before the first record.
    pub fn header(self) -> &'static str {
        match self {
            Format::Csv => {
                "id,seq,time_utc,at_ms,actor_type,actor_id,actor_name,action,\
                object_type,object_id,object_name,summary,changes,ip,user_agent,prev_hash,hash\n"
            }
            Format::JsonLines => "",
        }
    }

    pub fn line(self, r: audit_record::Model) -> String {
        match self {
            Format::Csv => {
                let cells = [
                    r.id,
                    r.seq.to_string(),
                    format_utc(r.at),
                    r.at.to_string(),
                    r.actor_type,
                    r.actor_id,
                    r.actor_name,
                    r.action,
                    r.object_type,
                    r.object_id,
                    r.object_name,
                    r.summary,
                    r.changes,
                    r.ip,
                    r.user_agent,
                    r.prev_hash,
                    r.hash,
                ];
                csv::line_bare_numbers(&cells, LineEnd::Lf)
            }
            Format::JsonLines => {
                let mut line = serde_json::to_string(&to_dto(r)).unwrap_or_default();
                line.push('\n');
                line
            }
        }
    }
}
