/// amigo's version (`amigo --version`, `Amigo.version`). It lives in the store so that the
/// store's own checks can key the caches by it where no command passes it
/// (`Store.activitiesBroken` reads the activity file index).
public enum AmigoVersion {
  public static let current = "0.1.0-dev"
}
