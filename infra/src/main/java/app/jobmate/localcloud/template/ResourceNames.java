package app.jobmate.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;

/** What {@code Ref} and {@code Fn::GetAtt} of a resource give: in the local cloud, local names and endpoints. */
public interface ResourceNames {

  JsonNode ref(Template.Resource resource, Intrinsics intrinsics);

  JsonNode getAtt(Template.Resource resource, String attribute, Intrinsics intrinsics);
}
