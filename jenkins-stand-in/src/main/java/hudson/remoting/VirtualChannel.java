package hudson.remoting;

/** remoting: hudson/remoting/VirtualChannel.java. Members trimmed: the plugin only receives it in FileCallable.invoke. */
public interface VirtualChannel {}
