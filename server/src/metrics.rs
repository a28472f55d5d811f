//! Prometheus text metrics, kept per process (each process is scraped on its own).

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CLASSES: [&str; 6] = ["server_fn", "api", "static", "health", "asset", "other"];
const STATUSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

pub fn route_class(path: &str) -> usize {
    if path.starts_with("/sf/") {
        0
    } else if path.starts_with("/api/") {
        1
    } else if path == "/healthz" || path == "/metrics" {
        3
    } else if path.starts_with("/assets/") {
        4
    } else if path.contains('.') || path == "/" {
        2
    } else {
        5
    }
}

pub struct Metrics {
    started: Instant,
    requests: Vec<AtomicU64>,
    buckets: Vec<AtomicU64>,
    sum_micros: Vec<AtomicU64>,
}

impl Default for Metrics {
    fn default() -> Self {
        let n = |k: usize| (0..k).map(|_| AtomicU64::new(0)).collect();
        Metrics {
            started: Instant::now(),
            requests: n(CLASSES.len() * STATUSES.len()),
            buckets: n(CLASSES.len() * (BUCKETS.len() + 1)),
            sum_micros: n(CLASSES.len()),
        }
    }
}

impl Metrics {
    pub fn observe(&self, class: usize, status: u16, took: Duration) {
        let s = (status / 100).clamp(1, 5) as usize - 1;
        self.requests[class * STATUSES.len() + s].fetch_add(1, Ordering::Relaxed);
        let secs = took.as_secs_f64();
        let b = BUCKETS
            .iter()
            .position(|le| secs <= *le)
            .unwrap_or(BUCKETS.len());
        self.buckets[class * (BUCKETS.len() + 1) + b].fetch_add(1, Ordering::Relaxed);
        self.sum_micros[class].fetch_add(took.as_micros() as u64, Ordering::Relaxed);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP process_uptime_seconds Seconds since this server process started."
        );
        let _ = writeln!(out, "# TYPE process_uptime_seconds gauge");
        let _ = writeln!(
            out,
            "process_uptime_seconds {}",
            self.started.elapsed().as_secs()
        );
        let _ = writeln!(
            out,
            "# HELP http_requests_total HTTP requests by route class and status class."
        );
        let _ = writeln!(out, "# TYPE http_requests_total counter");
        for (c, class) in CLASSES.iter().enumerate() {
            for (s, status) in STATUSES.iter().enumerate() {
                let v = self.requests[c * STATUSES.len() + s].load(Ordering::Relaxed);
                let _ = writeln!(
                    out,
                    "http_requests_total{{route=\"{class}\",status=\"{status}\"}} {v}"
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP http_request_duration_seconds Time to answer, by route class."
        );
        let _ = writeln!(out, "# TYPE http_request_duration_seconds histogram");
        for (c, class) in CLASSES.iter().enumerate() {
            let mut cumulative = 0;
            for (b, le) in BUCKETS.iter().enumerate() {
                cumulative += self.buckets[c * (BUCKETS.len() + 1) + b].load(Ordering::Relaxed);
                let _ = writeln!(out, "http_request_duration_seconds_bucket{{route=\"{class}\",le=\"{le}\"}} {cumulative}");
            }
            cumulative +=
                self.buckets[c * (BUCKETS.len() + 1) + BUCKETS.len()].load(Ordering::Relaxed);
            let _ = writeln!(out, "http_request_duration_seconds_bucket{{route=\"{class}\",le=\"+Inf\"}} {cumulative}");
            let sum = self.sum_micros[c].load(Ordering::Relaxed) as f64 / 1e6;
            let _ = writeln!(
                out,
                "http_request_duration_seconds_sum{{route=\"{class}\"}} {sum}"
            );
            let _ = writeln!(
                out,
                "http_request_duration_seconds_count{{route=\"{class}\"}} {cumulative}"
            );
        }
        out
    }
}
