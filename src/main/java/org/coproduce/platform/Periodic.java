package org.coproduce.platform;

import java.util.List;

/** A bean with work to do again and again; {@link PeriodicJobs} finds every one and runs its jobs. */
public interface Periodic {

    List<PeriodicJob> periodicJobs();
}
