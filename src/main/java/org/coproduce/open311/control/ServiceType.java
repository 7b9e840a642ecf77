package org.coproduce.open311.control;

import java.util.Optional;
import org.coproduce.providers.entity.ServiceCategory;

/**
 * An Open311 service type: a service of the directory (code: its id) or a service category (code: the category's
 * name, for a report about a place whose service the reporter does not know; a point is needed then).
 */
public record ServiceType(String code, String name, String description, String group, String keywords, Optional<Long> serviceId,
        Optional<ServiceCategory> category) {

    public static final String CATEGORY_GROUP = "category";
}
