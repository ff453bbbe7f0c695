"""sdkgen: typed, versioned client SDKs from Swagger 2.0 and OpenAPI 3.x descriptions."""

__version__ = "0.1.0"
