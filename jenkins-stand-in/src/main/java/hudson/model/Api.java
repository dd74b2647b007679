package hudson.model;

/**
 * Stand-in of {@code hudson.model.Api}, the remote API ({@code .../api/json}) of a model object. Trimmed: the real
 * class {@code extends AbstractModelObject} and serves {@code doJson}, {@code doXml}, ...; only the constructor is
 * declared.
 */
public class Api extends AbstractModelObject {
    public final Object bean;

    public Api(Object bean) {
        throw new UnsupportedOperationException("stand-in");
    }
}
