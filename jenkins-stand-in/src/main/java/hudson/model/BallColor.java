package hudson.model;

import java.awt.Color;
import org.jvnet.localizer.Localizable;

/**
 * jenkins-core: hudson/model/BallColor.java. Trimmed: implements StatusIcon, the constants and every member; only
 * the parameter type of Result's constructor.
 */
public enum BallColor {
    ;

    BallColor(String image, Localizable description, Color baseColor) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
