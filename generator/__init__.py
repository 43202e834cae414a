"""Generator: OpenAPI spec → load and validate → intermediate model → render → write."""
